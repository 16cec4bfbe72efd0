// Numbers inside containers print like at the top level (including -0, exponents and NaN).
console.log([0.1 + 0.2, 1e21, 1e-7, -0, 2 ** 53, -1.5e-10]);
console.log({ big: 123456789012345680000, small: 5e-324, neg: -0, nan: NaN, inf: -Infinity });
console.log([1 / 3, 2 / 3, 100 / 3]);
