// An infinite generator is consumed lazily: for-of's break, return and throw close it (its finally runs), destructuring takes only what it needs.
function* naturals() {
  let n = 0;
  try {
    while (true) {
      yield n++;
    }
  } finally {
    console.log("naturals closed at", n);
  }
}
for (const n of naturals()) {
  if (n === 3) break;
  console.log(n);
}
function firstOver(limit) {
  for (const n of naturals()) {
    if (n * n > limit) return n;
  }
}
console.log(firstOver(50));
try {
  for (const n of naturals()) {
    if (n === 2) throw new Error("stop at 2");
  }
} catch (e) {
  console.log(e.message);
}
const [a, b, , d] = naturals();
console.log(a, b, d);
outer: for (const x of naturals()) {
  for (const y of naturals()) {
    if (y > x) continue outer;
    if (x === 2) break outer;
    console.log(x, y);
  }
}
function* take(n, it) {
  for (const v of it) {
    if (n-- <= 0) return;
    yield v;
  }
}
function* map(f, it) {
  for (const v of it) yield f(v);
}
console.log([...take(5, map((x) => x * 10, naturals()))]);
