// Math.clz32, Math.imul and Math.fround with int32 wrap-around and float32 rounding.
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(0x80000000), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32 + 1));
console.log(Math.imul(2, 3), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(65536, 65536));
console.log(Math.fround(1), Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(2 ** 128), Math.fround(1e-50));
console.log(Math.fround(-0), 1 / Math.fround(-0), Math.fround(NaN), Math.fround(16777217));
