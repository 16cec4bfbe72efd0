// Caesar cipher with charCodeAt/fromCharCode and modular arithmetic on negative shifts.
function shift(s, k) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode((c - 65 + k % 26 + 26) % 26 + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode((c - 97 + k % 26 + 26) % 26 + 97);
    else out += s[i];
  }
  return out;
}
var msg = "Hello, World! xyz";
var enc = shift(msg, 3);
console.log(enc, "|", shift(enc, -3), "|", shift(msg, 29) === enc, "|", shift(msg, -55));
