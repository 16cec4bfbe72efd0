// parseInt: whitespace, signs, trailing garbage, radix (2..36), hex prefix, invalid radix, big values.
console.log(parseInt("42"), parseInt("  42px"), parseInt("-17.9"), parseInt("+5"), parseInt("abc"), parseInt(""));
console.log(parseInt("0x1f"), parseInt("0X1F"), parseInt("1f", 16), parseInt("0x1f", 16), parseInt("0x1f", 10));
console.log(parseInt("101", 2), parseInt("777", 8), parseInt("z", 36), parseInt("Z", 36), parseInt("10", 37), parseInt("10", 1), parseInt("10", 0));
console.log(parseInt("0b101"), parseInt("0o17"), parseInt("08"), parseInt("1e3"), parseInt(1e21), parseInt(0.0000005));
console.log(parseInt(null), parseInt("Infinity"), parseInt("-0"), 1 / parseInt("-0"), parseInt("  \n 12"));
console.log(parseInt("123456789012345678901234567890"), parseInt("9007199254740993"), parseInt("2", 2), parseInt("12", 2));
console.log(parseInt("ff", "16"), parseInt("11", 2.9), parseInt("-0x10"), parseInt(15.99), parseInt("  -  5"));
