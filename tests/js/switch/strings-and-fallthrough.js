// switch on strings with grouped cases (fall-through) and default as last case.
function kind(ch) {
  switch (ch) {
    case "a": case "e": case "i": case "o": case "u":
      return "vowel";
    case " ":
      return "space";
    case "":
      return "empty";
    default:
      return "consonant";
  }
}
var word = "hi you", out = [];
for (var i = 0; i < word.length; i++) out.push(kind(word[i]));
console.log(out.join(","), kind(""));
function days(m) {
  var d;
  switch (m) {
    case 2: d = 28; break;
    case 4: case 6: case 9: case 11: d = 30; break;
    default: d = 31;
  }
  return d;
}
var all = [];
for (var mm = 1; mm <= 12; mm++) all.push(days(mm));
console.log(all.join(" "));
