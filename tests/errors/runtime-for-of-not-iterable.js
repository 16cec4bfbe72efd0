// for-of over a plain object: TypeError naming the expression.
const settings = { a: 1 };
for (const s of settings) {
  console.log(s);
}
