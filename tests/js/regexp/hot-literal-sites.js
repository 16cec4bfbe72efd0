// A literal in hot code: each evaluation is a new RegExp of the site's one compiled pattern,
// in the interpreter, in optimized code (CreateRegExpLiteral calls the runtime) and inlined.
function isWord(s) { return /^\w+$/.test(s); }
function fresh() { return /x/g; }
function countMatches(s) {
  let n = 0;
  const re = /a./g;
  while (re.exec(s) !== null) n++;
  return n;
}
let words = 0, distinct = 0, total = 0;
let previous = null;
for (let i = 0; i < 3000; i++) {
  if (isWord(i % 3 === 0 ? 'abc' + i : 'a b')) words++;
  const r = fresh();
  if (r !== previous && r.lastIndex === 0) distinct++;
  r.lastIndex = 9;
  previous = r;
  total += countMatches('abacad' + (i % 2 ? 'ae' : ''));
}
console.log(words, distinct, total);
console.log('x'.repeat(5).replace(/x/g, (m, i) => i % 2 ? 'y' : m));
