// console.log argument lists (format specifiers, objects, edge values) whose node output ConsoleFormatTest pins (regen.sh, through gen-inspect.js).
module.exports = [
  `['hello']`, `['a', 'b', 1]`, `[1, 'a']`, `['%s is %d years', 'Bob', 42]`, `['%s', 'only']`, `['%s']`, `['%s %s', 'one']`, `['100%']`, `['100%%']`, `['%%s', 1]`,
  `['%d', '42abc']`, `['%d', -0]`, `['%d', '0x10']`, `['%i', 42.9]`, `['%i', '-17.5px']`, `['%f', '3.5e2x']`, `['%f', 'abc']`, `['%j', { a: [1, 'x'] }]`, `['%j', undefined]`,
  `['%j', (() => { const o = {}; o.o = o; return o; })()]`, `['%o', [1, 2]]`, `['%O', { a: { b: { c: { d: 1 } } } }]`, `['%c styled', 'color: red']`, `['%x', 1]`,
  `['%s', [1, [2, [3]]]]`, `['%s', { a: 1, b: { c: 1 } }]`, `['%s', -0]`, `['%s', null]`, `['%s', undefined]`, `['%s', true]`, `['%s', { toString() { return 'custom'; } }]`,
  `['%s', (() => { function P() { this.x = 1; } return new P(); })()]`, `['%s', (() => { function P() { this.x = 1; } P.prototype.toString = function () { return 'P!'; }; return new P(); })()]`,
  `['%s', new Error('e')]`, `['%s:%s', 'a']`, `['%d%d', 1, 2]`, `['a%', 1]`, `['%', 1]`, `[{ a: 1 }, 'x', [1]]`, `['x', 'y', 'z']`, `[-0, 0, 'str', "it's"]`,
  `['%s', 'a', 'extra', 3]`, `['%o', 'str']`, `['%O', 'str']`, `[]`, `[undefined]`, `[null, undefined]`, `['%s %o', 'x', function foo() {}]`,
];
