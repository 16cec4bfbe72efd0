// Errors in node's words: a generator re-entered while it runs, throw into a not-started generator, an exception that ends a generator, new on a generator function, and a bad receiver.
function* selfish() {
  try {
    it.next();
  } catch (e) {
    console.log("inside:", e.constructor.name, e.message);
  }
  yield "still alive";
  it.next();
}
const it = selfish();
console.log(it.next());
try {
  it.next();
} catch (e) {
  console.log("outside:", e.constructor.name, e.message);
}
console.log(it.next());

function* notStarted() {
  try {
    yield 1;
  } catch (e) {
    console.log("never caught here");
  }
}
const ns = notStarted();
try {
  ns.throw(new RangeError("thrown before start"));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(ns.next());

function* failing() {
  yield 1;
  null.x;
}
const f = failing();
f.next();
try {
  f.next();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(f.next(), f.return(5));

try {
  new selfish();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const GeneratorPrototype = Object.getPrototypeOf(selfish.prototype);
for (const method of ["next", "return", "throw"]) {
  try {
    GeneratorPrototype[method].call({ not: "a generator" });
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
try {
  GeneratorPrototype.next.call(42);
} catch (e) {
  console.log(e.message);
}
