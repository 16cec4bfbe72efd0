// NumericLiteralSeparator (ES2021): a single `_` between two digits, in every radix, in the
// fraction and the exponent; it never changes the value, and strings do not take it.
console.log(1_000_000, 0x1_F, 0xFF_FF, 0b1010_0101, 0o7_7_7, 1_0.0_1, .0_1e1_0, 1e1_0, 9_007_199_254_740_993);
console.log(1_000 === 1000, 0.000_001, 1_0e-1_0);
console.log(Number("1_000"), parseInt("1_000"), parseFloat("1_5"), +"0x1_0");
const o = { 1_0: "ten" };
console.log(o[10], Object.keys(o));
