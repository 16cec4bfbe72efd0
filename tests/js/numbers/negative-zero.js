// -0: creation, printing (console.log shows -0, String shows 0), and detection via 1/x.
var nz = -0;
console.log(nz, String(nz), "" + nz, `${nz}`, nz.toString());
console.log([nz], { z: nz });
console.log(1 / nz, 1 / 0, nz === 0, nz == 0);
console.log(0 * -1, -0 + 0, -0 - 0, -0 + -0);
console.log(1 / (0 * -1), 1 / (-0 + 0), 1 / (-0 - 0), 1 / (-0 + -0));
console.log(Math.round(-0.4), 1 / Math.round(-0.4));
console.log(-5 % 5, 1 / (-5 % 5));
console.log(JSON_free(), -0 < 0, -0 > 0);
function JSON_free() { return 1 / Math.min(0, -0); }
console.log(Math.max(-0, 0), 1 / Math.max(-0, 0));
console.log(-0 | 0, 1 / (-0 | 0), ~~-0.5, 1 / Math.trunc(-0.5));
console.log(parseFloat("-0"), Number("-0"), 1 / Number("-0"));
