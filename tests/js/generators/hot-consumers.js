// A generator driven from hot code: the consumers get optimized (and deoptimized in the stress modes) while the generator itself stays in the interpreter; results are the same in every tier.
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function sumOf(it) {
  let s = 0;
  for (const v of it) s += v;
  return s;
}
function spreadCount(n) {
  return [...range(n)].length;
}
function manualSum(n) {
  const g = range(n);
  let total = 0;
  for (let r = g.next(); !r.done; r = g.next()) total += r.value;
  return total;
}
let acc = 0;
for (let k = 0; k < 3000; k++) {
  acc += sumOf(range(k % 17)) + spreadCount(k % 5) + manualSum(k % 7);
}
console.log(acc);
function* pingPong() {
  let x = 0;
  while (true) x = (yield x) * 2 + 1;
}
const p = pingPong();
p.next();
let v = 0;
for (let i = 0; i < 10000; i++) v = p.next(v % 1000).value;
console.log(v);
