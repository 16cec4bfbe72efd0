// Yields inside every kind of statement keep the frame's state: switch, labeled loops, for-in, for-of, try/catch/finally, block scopes and per-iteration let bindings captured by closures.
function* everywhere(obj) {
  for (const k in obj) {
    switch (obj[k]) {
      case 1:
        yield "one:" + k;
        break;
      case 2:
        yield "two:" + k;
      // falls through
      default:
        yield "default:" + k;
    }
  }
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j > i) continue outer;
      if (i === 2 && j === 1) break outer;
      yield `${i},${j}`;
    }
  }
  let fns = [];
  for (let i = 0; i < 2; i++) {
    const sq = i * i;
    fns.push(() => sq);
    yield "iter " + i;
  }
  yield fns.map((f) => f()).join("|");
  {
    let scoped = "block";
    const f = () => scoped;
    yield f();
    scoped = "changed";
    yield f();
  }
  try {
    yield "in try";
    throw new Error("thrown after yield");
  } catch (e) {
    yield "in catch: " + e.message;
  } finally {
    yield "in finally";
  }
  do {
    yield "do-while body";
  } while (false);
  let n = 3;
  while (n--) if (n % 2) yield "odd " + n;
}
console.log([...everywhere({ a: 1, b: 2, c: 3 })]);
