// & | ^ ~ << >> >>> on int32 values, negative numbers and mixed types.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(-5 & 3, -5 | 3, -5 ^ 3, ~-5);
console.log(0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f);
console.log(1 << 4, 256 >> 4, -256 >> 4, -256 >>> 4);
console.log(1 << 35, 1 << -1, 8 >> 35, 8 >>> -29);
console.log(3.9 & 1, -3.9 | 0, "7" & "3", true | false, null ^ 1);
console.log(0x7fffffff << 1, 0x40000000 << 1, 0x40000000 << 2);
console.log(-1 >>> 16, -1 >>> 28, 0x80000000 | 0x7fffffff);
var flags = 0;
flags |= 1 << 2; flags |= 1 << 5; flags &= ~(1 << 2); flags ^= 1;
console.log(flags);
