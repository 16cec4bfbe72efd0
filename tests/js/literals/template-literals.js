// Template literals: substitutions, expressions, nesting, escapes, multi-line and ToString of values.
var name = "world", n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`${null} ${undefined} ${true} ${-0} ${[1, 2, 3]} ${{}}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`line1
line2`);
console.log(`tab\there \${not} \` backtick`);
console.log(`${1 / 3} ${1e21} ${0.1 + 0.2}`);
console.log(`${n > 2 ? "big" : "small"}`);
console.log(``.length, `${""}`.length, typeof `x`);
var o = { toString: function () { return "custom"; } };
console.log(`obj: ${o}`);
console.log(`a${1}b${2}c${3}d`);
console.log(`\u{1F600}`.length, `\x41`);
