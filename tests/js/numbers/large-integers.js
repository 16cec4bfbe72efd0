// Large integers near and beyond 2^53, powers of ten, and exact double values.
console.log(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2);
console.log(10 ** 15, 10 ** 16, 10 ** 20, 10 ** 21, 10 ** 22);
console.log(12345678901234567890, 98765432109876543210);
console.log(2 ** 63, 2 ** 64, 2 ** 100, 2 ** 1023, 2 ** 1024);
console.log(1e15 + 0.3, 1e16 + 1, 123456789 * 987654321);
console.log(9007199254740991, -9007199254740991, 9007199254740991 + 2);
var f = 1;
for (var i = 1; i <= 25; i++) f *= i;
console.log("25! =", f);
console.log(0.1 + 0.7, 1.23456789012345678, 100 * 1.1);
