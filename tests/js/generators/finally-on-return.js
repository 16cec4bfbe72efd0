// return() on a generator suspended inside try/finally runs the finally blocks, innermost first; a yield in finally suspends the return.
function* nested() {
  try {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log("inner finally");
    }
  } finally {
    console.log("outer finally");
  }
}
const g = nested();
console.log(g.next());
console.log(g.return("done"));
console.log(g.next());

function* yieldsInFinally() {
  try {
    yield "body";
  } finally {
    yield "cleanup 1";
    yield "cleanup 2";
    console.log("cleanup finished");
  }
}
const h = yieldsInFinally();
console.log(h.next());
console.log(h.return("R"));
console.log(h.next());
console.log(h.next());
console.log(h.next());

function* overrides() {
  try {
    yield 1;
  } finally {
    return "from finally";
  }
}
const o = overrides();
o.next();
console.log(o.return("ignored"));

function* notStarted() {
  try {
    yield 1;
  } finally {
    console.log("never printed");
  }
}
console.log(notStarted().return(42));

function* catchesNothingOnReturn() {
  try {
    yield 1;
  } catch (e) {
    console.log("not a throw");
  } finally {
    console.log("finally after return");
  }
}
const r = catchesNothingOnReturn();
r.next();
console.log(r.return(7));
