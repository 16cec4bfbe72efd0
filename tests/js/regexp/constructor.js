// RegExp(pattern, flags) and new RegExp: strings, other regexps, flags, errors.
const a = new RegExp('a+', 'gi');
console.log(a, a.source, a.flags);
console.log(new RegExp(a), new RegExp(a, 'y'), new RegExp(a) === a);
console.log(RegExp(a) === a, RegExp(a, 'g') === a);
console.log(new RegExp(), new RegExp(''), new RegExp(undefined), new RegExp('/'), new RegExp('\n').source);
console.log(new RegExp('[/]').source, String(new RegExp('a/b', 'm')));
console.log(new RegExp(1 + 2), new RegExp(null), new RegExp(true, undefined));
for (const [p, f] of [['a', 'gg'], ['a', 'x'], ['(', ''], ['[b-a]', ''], ['a{2,1}', ''], ['(?<n>a)(?<n>b)', ''], ['\\', ''], ['*', 'g'], ['\\u{110000}', 'u']]) {
  try {
    new RegExp(p, f);
    console.log('ok', p, f);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
class Sub extends RegExp {
  exec(s) {
    console.log('Sub exec', s);
    return super.exec(s);
  }
}
const sub = new Sub('b');
console.log(sub.test('abc'), sub instanceof RegExp, sub instanceof Sub, Object.prototype.toString.call(sub));
console.log(sub);
try { RegExp.prototype.exec.call({}, 'x'); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); } catch (e) { console.log(e.message); }
const withKeys = /z/;
withKeys.k = 1;
console.log(withKeys, Object.keys(withKeys), Object.getOwnPropertyNames(withKeys));
console.log(Object.getOwnPropertyDescriptor(withKeys, 'lastIndex'));
console.log({ re: /nested/g, list: [/a/, /b/] });
