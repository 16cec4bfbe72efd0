// Integer to binary/hex strings by repeated division, and back via parseInt with radix.
function toBase(n, b) {
  var digits = "0123456789abcdef";
  if (n === 0) return "0";
  var neg = n < 0, s = "";
  n = Math.abs(n);
  while (n > 0) { s = digits.charAt(n % b) + s; n = Math.floor(n / b); }
  return (neg ? "-" : "") + s;
}
var nums = [0, 1, 10, 255, -42, 65535, 2147483647];
for (var i = 0; i < nums.length; i++) {
  var bin = toBase(nums[i], 2), hex = toBase(nums[i], 16);
  console.log(nums[i], bin, hex, parseInt(bin, 2), parseInt(hex, 16));
}
console.log(toBase(-1 >>> 0, 16), toBase(1 << 31 >>> 0, 2).length);
