// Direct eval code has its caller's `this`, `arguments` and new.target... as arrow
// functions do.
function withThis() {
  return eval("this.tag");
}
console.log(withThis.call({ tag: "receiver" }));
function withArgs() {
  return eval("arguments.length + ':' + arguments[0]");
}
console.log(withArgs("a", "b", "c"));
const obj = {
  name: "obj",
  method() {
    return eval("this.name");
  },
  arrow() {
    return (() => eval("this.name"))();
  },
};
console.log(obj.method(), obj.arrow());
class Point {
  constructor(x) {
    eval("this.x = x");
  }
}
console.log(new Point(7).x);
// At a module's top level `this` is module.exports.
console.log(eval("this === module.exports"));
