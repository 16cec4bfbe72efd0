// Number() on strings (whitespace, hex, binary, octal, exponent, signs), booleans, null, arrays, objects.
console.log(Number("42"), Number(" 42 "), Number(""), Number("   "), Number("4 2"));
console.log(Number("0x1A"), Number("0b101"), Number("0o17"), Number("-0x1A"), Number("0X1a"));
console.log(Number("1e3"), Number("1E-3"), Number(".5"), Number("5."), Number("."), Number("e5"));
console.log(Number("+5"), Number("-5"), Number("++5"), Number("5-"), Number("Infinity"), Number("-Infinity"));
console.log(Number(true), Number(false), Number(null), Number(undefined), Number());
console.log(Number([]), Number([7]), Number(["8"]), Number([1, 2]), Number({}), Number([[]]));
console.log(Number("12abc"), Number("\t\n 3 \r"), Number("1,000"), Number("0.0000001"));
console.log(Number("00012"), Number("-0"), 1 / Number("-0"), Number("0.1e1"));
var o = { valueOf: function () { return "99"; } };
console.log(Number(o), typeof Number(o));
