// String.prototype match, matchAll, replace, replaceAll, split, search with regexps.
const s = 'The Quick brown fox jumps over the lazy dog';
console.log(s.match(/quick/i));
console.log(s.match(/o/g), s.match(/zzz/), s.match(/zzz/g));
console.log('aaa'.match(/a*?/g), 'abc'.match(/(?:)/g));
console.log('x1y22z333'.match(/\d+/g), '12'.match('1'));
for (const m of 'a1b2c3'.matchAll(/[a-z](\d)/g)) {
  console.log(m[0], m[1], m.index);
}
console.log([...'2020-01 2021-02'.matchAll(/(?<y>\d{4})-(?<m>\d\d)/g)].map(m => m.groups.y + '/' + m.groups.m));
console.log([...'aXbX'.matchAll('X')].map(m => m.index));
const it = 'ab'.matchAll(/./g);
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.message); }

console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('aaa'.replace(/a/, 'b'), 'aaa'.replace(/a/g, 'b'), 'aaa'.replaceAll(/a/g, 'c'));
console.log('abc'.replace(/b/, '[$&|$`|$\'|$$|$0|$9|$<x>]'));
console.log('2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>/$<y> $<zz>!'));
console.log('abc'.replace(/(a)(b)(c)/, '$3$2$1 $10 $01 $4'));
console.log('price 10 and 20'.replace(/\d+/g, (m, off, str) => `${m * 2}@${off}/${str.length}`));
console.log('k=v;a=b'.replace(/(\w)=(\w)/g, (m, k, v, off) => `${v}=${k}(${off})`));
console.log('2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => JSON.stringify(args)));
console.log('aaa'.replace(/x*/g, '-'), 'abc'.replace(/$/, '!'), ''.replace(/^/, 'start'));
console.log('a.b.c'.replaceAll('.', '$&$&'), 'a-b-c'.replace('-', '$`'));
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.message); }

console.log('a, b,c ,d'.split(/\s*,\s*/));
console.log('a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/), 'a1b2c3'.split(/\d/, 2));
console.log('abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/), 'abc'.split(/b/y));
console.log('one  two'.split(/(\s)(\s)?/), 'test'.split(/(?:)/u));
console.log(s.search(/fox/), s.search(/cat/), 'abc'.search('c'));
const g = /o/g;
g.lastIndex = 3;
console.log('foo'.search(g), g.lastIndex);

// The protocol: any object with the Symbol method takes part.
const fake = {
  [Symbol.match](str) { return 'match:' + str; },
  [Symbol.replace](str, r) { return 'replace:' + str + ':' + r; },
  [Symbol.search](str) { return 42; },
  [Symbol.split](str, lim) { return ['split', str, lim]; },
};
console.log('s'.match(fake), 's'.replace(fake, 'r'), 's'.search(fake), 's'.split(fake, 3));
const notRegExp = /a/;
notRegExp[Symbol.match] = false;
console.log('/a/'.startsWith(notRegExp) ? 'startsWith accepts' : 'no');
console.log(/b/[Symbol.replace]('abc', 'B'), RegExp.prototype[Symbol.split].call(/-/, 'a-b'));
