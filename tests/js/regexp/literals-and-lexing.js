// A '/' divides after an operand and starts a regexp literal elsewhere.
const a = 12, b = 3, g = 2;
console.log(a / b / g);           // division twice
console.log(a /b/ g);             // still division: after a name
const re = /b/g;                  // after '='
console.log(re, typeof re, re instanceof RegExp);
console.log([/x/, /y/i].map(r => r.source));   // after '[' and ','
console.log((/a/).test('cat'), !/z/.test('cat'));
function f(s) { return /^\d+$/.test(s); }    // after 'return'
console.log(f('123'), f('12a'));
console.log(typeof /t/, /=/.test('a=b'), /[/]/.test('a/b'), /\//.source);
let x = 10;
x /= 2;                           // '/=' after a name divides
console.log(x, /=+/.exec('a==b')[0]);
console.log(/[\]/]+/.exec('a]/]b')[0], /a/ instanceof Object);
// Each evaluation of a literal makes a new object (ECMA-262 §13.2.7.3); the pattern is shared.
function make() { return /k/g; }
const r1 = make(), r2 = make();
console.log(r1 === r2, r1.source === r2.source);
r1.lastIndex = 5;
console.log(r1.lastIndex, r2.lastIndex);
const tpl = `${/q/.source}-${1 / 2}`;
console.log(tpl);
console.log(String(/a+/gimsuy), /a/d.flags, /a/dg.hasIndices);
