// exec, test, lastIndex for g and y, the flag accessors, toString, source.
const re = /(\d+)-(\d+)/g;
const s = 'a 1-2 b 33-44 c';
let m;
while ((m = re.exec(s)) !== null) {
  console.log(m[0], m[1], m[2], m.index, re.lastIndex);
}
console.log(re.lastIndex);
console.log(re.exec('no digits'), re.lastIndex);

const sticky = /foo/y;
console.log(sticky.test('foofoo bar'), sticky.lastIndex);
console.log(sticky.test('foofoo bar'), sticky.lastIndex);
console.log(sticky.test('foofoo bar'), sticky.lastIndex);
sticky.lastIndex = 1;
console.log(sticky.exec('xfoo')?.index, sticky.lastIndex);

const plain = /o/;
plain.lastIndex = 7;
console.log(plain.exec('foo').index, plain.lastIndex);   // lastIndex ignored and kept without g/y

for (const r of [/a/, /a/g, /a/i, /a/m, /a/s, /a/u, /a/y, /a/d, /a/dgimsuy]) {
  console.log(String(r), r.flags, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices);
}
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
console.log(RegExp.prototype.toString.call({ source: 'x', flags: 'q' }));

const named = /(?<year>\d{4})-(?<month>\d\d)(-(?<day>\d\d))?/d;
const r = named.exec('on 2024-05!');
console.log(r);
console.log(r.groups.year, r.groups.day, r.indices[1], r.indices.groups.month, r.indices[3]);
console.log(/(a)|(b)/.exec('b'));
console.log(/x*/.exec('yyy'));
console.log(/^.$/.test('\n'), /^.$/s.test('\n'), /^b$/m.test('a\nb\nc'), /^b$/.test('a\nb\nc'));
console.log(/ABC/i.test('abc'), /\u{1F600}/u.test('😀'), /^.$/u.test('😀'), /^.$/.test('😀'));
console.log(/(?<=\$)\d+/.exec('cost: $42')[0], /\d+(?![\dp])/.exec('12px 34em')[0]);
console.log(/(a+)\1/.exec('aaaa')[0], /\bfoo\b/.test('a foo b'), /[^abc]+/.exec('abcdef')[0]);
