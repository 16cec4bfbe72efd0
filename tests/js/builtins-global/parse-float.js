// parseFloat: leading whitespace, trailing garbage, exponents, Infinity, hex not supported, signs.
console.log(parseFloat("3.14"), parseFloat("  3.14abc"), parseFloat(".5"), parseFloat("-.5e2"), parseFloat("5."), parseFloat("5.e1"));
console.log(parseFloat("1e3"), parseFloat("1e"), parseFloat("1e+"), parseFloat("1.2.3"), parseFloat("0x10"), parseFloat("abc"));
console.log(parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("infinity"), parseFloat(""), parseFloat("-0"), 1 / parseFloat("-0"));
console.log(parseFloat("1e1000"), parseFloat("0.1e-1000"), parseFloat([" 7.5 "]), parseFloat(null), parseFloat(true));
console.log(parseFloat("123456789012345678901234"), parseFloat("0.30000000000000004"), parseFloat("+1_0"));
