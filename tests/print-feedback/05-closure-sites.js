// One vector per CreateClosure site: a callback made on every call of a hot function has one,
// shared and marked "closures: many"; a function made once has no marker; two sites of the
// same text have a vector each.
function sumWith(item, apply) {
  let total = 0;
  apply((x) => { total += x.value; }, item);
  return total;
}
function apply(f, x) { f(x); }
for (let i = 0; i < 3; i++) {
  sumWith({value: i}, apply);
}
function first() { return (o) => o.value; }
function second() { return (o) => o.value; }
first()({value: 1});
second()({value: 1, other: 2});
