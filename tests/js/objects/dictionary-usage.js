// Plain objects as dictionaries: counting words, checking keys with in and hasOwnProperty.
var text = "the quick brown fox jumps over the lazy dog the end";
var words = text.split(" ");
var counts = {};
for (var i = 0; i < words.length; i++) {
  var w = words[i];
  counts[w] = (counts[w] || 0) + 1;
}
console.log(counts);
var unique = 0;
for (var k in counts) if (counts.hasOwnProperty(k)) unique++;
console.log(unique, counts.the, "fox" in counts, "cat" in counts);
var dict = {};
dict["constructor"] = "own value";
console.log(dict.constructor, dict.hasOwnProperty("constructor"));
