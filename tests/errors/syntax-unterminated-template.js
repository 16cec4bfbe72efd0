// SyntaxError: Unterminated template literal.
var t = `hello ${1 + 1} world;
console.log(t);
