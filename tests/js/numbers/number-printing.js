// Number-to-string conversion exactly as node prints: shortest round-trip, exponent thresholds.
console.log(0.1 + 0.2, 0.1 * 3, 0.3 - 0.1);
console.log(1 / 3, 2 / 3, 100 / 3, 10 / 3);
console.log(1e21, 1e20, 123456789012345680000, 999999999999999900000);
console.log(1e-7, 1e-6, 5e-7, 0.000001, 0.0000001, 123e-20);
console.log(-1e-7, -1e21, -0.5, -123.456);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 64, 2 ** 70);
console.log(1.5e300 * 1.5e10, 4.35, 0.000123, 1.23e-5);
console.log(String(0.1 + 0.2), "" + 1e21, "" + 1e-7, (0.000001).toString());
console.log(100, 1000000, 1e6, 1.0, 12.50);
console.log(123456789, 1234567890123456789, 0.1 * 0.1);
console.log(5e-324, 1.7976931348623157e308, 1.7976931348623157e308 * 1.0000000000000002);
console.log(4.94e-322, 3e-323);
console.log(1.1 * 1.1, 9.95, 1.005 * 1000, 0.7 + 0.1);
