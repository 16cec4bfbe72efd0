// Closures made inside a generator capture its locals, which live on across suspensions; each generator object has its own.
function* counter() {
  let count = 0;
  const inc = () => ++count;
  const get = () => count;
  while (true) {
    const cmd = yield { inc, get };
    if (cmd === "stop") return count;
  }
}
const g = counter();
const { inc, get } = g.next().value;
inc();
inc();
console.log(get());
g.next();
inc();
console.log(get(), g.next("stop"));
console.log(inc(), get());

function* fns() {
  for (let i = 0; i < 3; i++) {
    yield () => i;
  }
}
console.log([...fns()].map((f) => f()));

function makeGen(prefix) {
  return function* (n) {
    for (let i = 0; i < n; i++) yield prefix + i;
  };
}
const a = makeGen("a");
const b = makeGen("b");
console.log([...a(2)], [...b(3)]);

function* shared() {
  let total = 0;
  while (true) total += yield total;
}
const s1 = shared();
const s2 = shared();
s1.next();
s2.next();
console.log(s1.next(5).value, s1.next(5).value, s2.next(1).value);
