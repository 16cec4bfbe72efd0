// yield* delegates to generators and to any iterable, passes next's values in, and takes the inner return value as its own value.
function* inner() {
  const x = yield "inner 1";
  console.log("inner got", x);
  yield "inner 2";
  return "inner result";
}
function* outer() {
  yield "outer start";
  const r = yield* inner();
  console.log("yield* value:", r);
  yield* [10, 20];
  yield* "ab";
  yield* new Set([true]);
  yield* new Map([["k", "v"]]);
  return "outer end";
}
const g = outer();
let step;
let n = 0;
while (!(step = g.next("sent " + n++)).done) {
  console.log(step.value);
}
console.log("final", step.value);
console.log([...outer()]);

function* deep(level) {
  if (level === 0) {
    yield "bottom";
    return 0;
  }
  yield "down " + level;
  const r = yield* deep(level - 1);
  yield "up " + level;
  return r + 1;
}
const d = deep(3);
for (let s = d.next(); ; s = d.next()) {
  if (s.done) {
    console.log("depth", s.value);
    break;
  }
  console.log(s.value);
}

// The inner iterator's own result objects are passed through, not wrapped again.
const custom = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next(v) {
        i++;
        return i <= 2 ? { value: i, done: false, extra: "kept " + v } : { value: "end", done: true };
      },
    };
  },
};
function* viaCustom() {
  const r = yield* custom;
  return r;
}
const c = viaCustom();
console.log(c.next("a"));
console.log(c.next("b"));
console.log(c.next("c"));
try {
  [...(function* () { yield* 5; })()];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
