// Global isNaN/isFinite coerce with ToNumber first.
console.log(isNaN(NaN), isNaN(0), isNaN("0"), isNaN(""), isNaN("abc"), isNaN(undefined), isNaN(null), isNaN([]), isNaN({}));
console.log(isFinite(0), isFinite("1e3"), isFinite(Infinity), isFinite(-Infinity), isFinite(NaN), isFinite(null), isFinite("x"), isFinite(true));
console.log(isNaN("  12  "), isNaN("1,2"), isNaN([1, 2]), isNaN([3]), isFinite("0x10"), isFinite(1e308 * 10));
