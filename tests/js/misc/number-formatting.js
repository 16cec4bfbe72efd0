// Manual number formatting: thousands separators, zero padding, fixed decimals via Math.round.
function commas(n) {
  var s = String(Math.abs(n)), out = "";
  for (var i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ",";
    out += s[i];
  }
  return (n < 0 ? "-" : "") + out;
}
function pad(n, w) { var s = "" + n; while (s.length < w) s = "0" + s; return s; }
function fixed2(x) {
  var r = Math.round(x * 100);
  var sign = r < 0 ? "-" : ""; r = Math.abs(r);
  return sign + Math.floor(r / 100) + "." + pad(r % 100, 2);
}
console.log(commas(1234567), commas(-1000), commas(999), commas(1000000000));
console.log(pad(7, 3), pad(123, 2), pad(0, 4));
console.log(fixed2(3.14159), fixed2(2), fixed2(-1.005), fixed2(0.1 + 0.2), fixed2(1e6 / 3));
