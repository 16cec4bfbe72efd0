// isWellFormed / toWellFormed (lone surrogates become U+FFFD) and Annex B's trimLeft/trimRight,
// which are the same functions as trimStart/trimEnd.
const samples = ["plain", "pair \ud83d\ude00", "lone high \ud83d end", "lone low \ude00", "\udc00\ud800", ""];
for (const s of samples) {
  const fixed = s.toWellFormed();
  console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(fixed), fixed.isWellFormed(), fixed.length === s.length);
}
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name, "[" + "  x  ".trimLeft() + "]", "[" + "  x  ".trimRight() + "]");
try { String.prototype.isWellFormed.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
