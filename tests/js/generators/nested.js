// Generators used inside generators (a tree walk, a generator created and driven by another, recursion), and generator objects as values.
function* walk(tree, depth = 0) {
  yield "  ".repeat(depth) + tree.name;
  for (const child of tree.children || []) yield* walk(child, depth + 1);
}
const tree = { name: "root", children: [{ name: "a", children: [{ name: "a1" }] }, { name: "b" }] };
for (const line of walk(tree)) console.log(line);

function* zip(...iterables) {
  const its = iterables.map((it) => it[Symbol.iterator]());
  while (true) {
    const steps = its.map((it) => it.next());
    if (steps.some((s) => s.done)) return;
    yield steps.map((s) => s.value);
  }
}
function* letters() {
  yield* "xyz";
}
console.log([...zip([1, 2, 3, 4], letters(), zip("ab", "cd"))]);

function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* takeWhile(pred, it) {
  for (const v of it) {
    if (!pred(v)) return;
    yield v;
  }
}
console.log([...takeWhile((x) => x < 100, fib())]);

function* driver() {
  const inner = (function* () {
    let got = yield "ready";
    while (true) got = yield "inner saw " + got;
  })();
  yield inner.next().value;
  for (const v of ["p", "q"]) yield inner.next(v).value;
  inner.return();
  yield inner.next("after return");
}
console.log([...driver()]);

function* permutations(xs) {
  if (xs.length <= 1) {
    yield xs;
    return;
  }
  for (let i = 0; i < xs.length; i++) {
    for (const p of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i], ...p];
  }
}
console.log([...permutations([1, 2, 3])].map((p) => p.join("")).join(" "));
