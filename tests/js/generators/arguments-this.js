// `this` and `arguments` inside a generator are those of its call, kept across suspensions; parameters with defaults are evaluated at the call, before the first next.
function* args() {
  yield arguments.length;
  yield arguments[1];
  yield [...arguments];
}
console.log([...args("a", "b", "c")]);
const receiver = {
  name: "receiver",
  *gen() {
    yield this.name;
    this.name = "changed";
    yield this.name;
  },
};
console.log([...receiver.gen()], receiver.name);
function* sloppyThis() {
  yield typeof this;
}
console.log(sloppyThis().next().value, sloppyThis.call(undefined).next().value === "object");
function* strictThis() {
  "use strict";
  yield this;
}
console.log(strictThis().next().value, strictThis.call(5).next().value);
function* defaults(a, b = (console.log("default evaluated"), a * 2), ...more) {
  console.log("body starts");
  yield a + b;
  yield more;
}
const g = defaults(1);
console.log("created");
console.log(g.next(), g.next());
function* mapped(a) {
  arguments[0] = "via arguments";
  yield a;
  a = "via parameter";
  yield arguments[0];
}
console.log([...mapped("original")]);
const bound = args.bind(null, "x");
console.log([...bound("y")]);
