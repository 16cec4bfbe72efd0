// A word-frequency count with a Map, sorted by count then word.
const text = 'one two three two three three four four four four';
const counts = new Map();
for (const w of text.split(' ')) counts.set(w, (counts.get(w) || 0) + 1);
console.log(counts);
const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted);
const byLength = new Map();
for (const w of counts.keys()) {
  if (!byLength.has(w.length)) byLength.set(w.length, new Set());
  byLength.get(w.length).add(w);
}
console.log(byLength);
