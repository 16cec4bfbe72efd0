// Convert integers to Roman numerals and back using parallel arrays and objects.
var vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
var syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
function toRoman(n) { var s = ""; for (var i = 0; i < vals.length; i++) while (n >= vals[i]) { s += syms[i]; n -= vals[i]; } return s; }
var map = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
function fromRoman(s) {
  var total = 0;
  for (var i = 0; i < s.length; i++) {
    var v = map[s[i]], next = map[s[i + 1]];
    total += next > v ? -v : v;
  }
  return total;
}
var tests = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999];
for (var i = 0; i < tests.length; i++) console.log(tests[i], toRoman(tests[i]), fromRoman(toRoman(tests[i])));
