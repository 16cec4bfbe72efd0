// Numeric literal forms: decimal, hex, octal (0o), binary (0b), exponent, leading-dot and trailing-dot.
console.log(0, 42, 1234567890, 0.0001, 10.0e0);
console.log(0x0, 0xff, 0XFF, 0xDeadBeef, 0x7fffffff, 0xffffffff);
console.log(0o0, 0o17, 0O777, 0b0, 0b1010, 0B11111111);
console.log(1e3, 1E3, 1e+3, 1e-3, 2.5e2, 2.5E-2);
console.log(.5, .25e1, 5., 5.0, 0.0, 1.50);
console.log(0x10 + 0o10 + 0b10 + 10);
console.log(typeof 0xff, typeof .5, typeof 1e400);
console.log(1e400, -1e400, 5e-324, 5e-325);
console.log(9007199254740993, 0x20000000000001);
console.log(1.7976931348623157e308, 2.2250738585072014e-308);
