// yield* forwards return() and throw() to the inner iterator: its finally runs, its catch sees the throw, and a missing throw method closes it.
function* inner() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log("inner caught", e);
    yield "recovered";
  } finally {
    console.log("inner finally");
  }
}
function* outer() {
  try {
    yield* inner();
    yield "after inner";
  } finally {
    console.log("outer finally");
  }
}
const a = outer();
console.log(a.next());
console.log(a.return("stop"));
console.log(a.next());

const b = outer();
console.log(b.next());
console.log(b.throw("oops"));
console.log(b.next());
console.log(b.next());

const log = [];
const noThrow = {
  [Symbol.iterator]() {
    return {
      next() { return { value: "x", done: false }; },
      return() { log.push("return called"); return { done: true }; },
    };
  },
};
function* delegatesToNoThrow() {
  yield* noThrow;
}
const c = delegatesToNoThrow();
c.next();
try {
  c.throw(new Error("ignored"));
} catch (e) {
  console.log(e.constructor.name + ": " + e.message, log);
}

const noReturn = {
  [Symbol.iterator]() {
    return { next() { return { value: "y", done: false }; } };
  },
};
function* delegatesToNoReturn() {
  try {
    yield* noReturn;
  } finally {
    console.log("outer finally on return");
  }
}
const d = delegatesToNoReturn();
console.log(d.next());
console.log(d.return("R"));

const returnsValue = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 1, done: false }; },
      return(v) { return { value: "inner says " + v, done: true }; },
    };
  },
};
function* delegatesReturn() {
  yield* returnsValue;
}
const e = delegatesReturn();
e.next();
console.log(e.return("bye"));
