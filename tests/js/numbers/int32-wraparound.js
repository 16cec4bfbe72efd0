// Bitwise ops convert to int32/uint32 with wrap-around.
console.log(2147483647 + 1 | 0, (2147483647 + 1) | 0, 2147483648 | 0);
console.log(4294967295 | 0, 4294967296 | 0, 4294967297 | 0);
console.log(1 << 31, 1 << 32, 1 << 33, -1 << 31);
console.log(-1 >>> 0, -1 >>> 31, -1 >>> 32, 1 >>> 0);
console.log(~~3.7, ~~-3.7, ~~2147483648.5, ~~1e10);
console.log(~0, ~-1, ~2147483647, ~4294967295);
console.log(1e21 | 0, NaN | 0, Infinity | 0, -Infinity | 0);
console.log(0xffffffff >> 0, 0xffffffff >>> 0, 0x80000000 >> 31, 0x80000000 >>> 31);
console.log(-2147483648 - 1 | 0, 3000000000 | 0, -3000000000 | 0);
console.log(5 >> 1, -5 >> 1, -5 >>> 1, 5 << -1, 5 >> 33);
console.log(2 ** 31 ^ 0, 2 ** 32 + 5 & 7, (2 ** 53 + 2) | 0);
console.log("12" | 0, "0x10" | 0, "abc" | 0, null | 0, undefined | 0, true | 0);
