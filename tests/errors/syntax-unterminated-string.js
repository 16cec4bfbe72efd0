// SyntaxError: Invalid or unexpected token (unterminated string literal).
var ok = 1;
var s = "abc;
console.log(s);
