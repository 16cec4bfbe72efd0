// Number.prototype.toString without radix and String(n) for many magnitudes.
var vals = [0, 1, -1, 0.5, 1e20, 1e21, 1e-6, 1e-7, 1.5e-10, 123.456, 2 ** 31, -(2 ** 31), 1 / 3];
for (var i = 0; i < vals.length; i++) {
  console.log(String(vals[i]), vals[i].toString(), "" + vals[i]);
}
console.log((255).toString(), (1e100).toString(), (-1e-100).toString());
console.log(String(123456789012345678901234567890));
console.log(String(0.00001), String(0.0000012345), String(1234.5e-10));
