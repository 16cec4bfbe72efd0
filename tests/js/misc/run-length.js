// Run-length encoding and decoding of strings using parseInt on digit runs.
function encode(s) {
  var out = "";
  for (var i = 0; i < s.length;) {
    var j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}
function decode(s) {
  var out = "", num = "";
  for (var i = 0; i < s.length; i++) {
    if (s[i] >= "0" && s[i] <= "9") num += s[i];
    else { out += s[i].repeat(parseInt(num, 10)); num = ""; }
  }
  return out;
}
var samples = ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"];
for (var k = 0; k < samples.length; k++) {
  var e = encode(samples[k]);
  console.log(JSON_like(samples[k]), e, decode(e) === samples[k]);
}
function JSON_like(s) { return '"' + s + '"'; }
