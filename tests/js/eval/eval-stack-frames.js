// Stack frames of eval code name where the code was made, as V8's do: "eval" for the eval
// code's own frame, and "eval at CALLER (FILE:L:C), <anonymous>:L:C" as its location.
function frames(stack) {
  return stack.split("\n").slice(0, 4).join("\n").replaceAll(__filename, "FILE");
}
function f() {
  return eval("new Error('from eval').stack");
}
console.log(frames(f()));
function g() {
  return eval("(function inner() {\n  return new Error('from inner').stack;\n})()");
}
console.log(frames(g()));
const o = {
  method() {
    return eval("new Error('in a method').stack");
  },
};
console.log(frames(o.method()));
function Ctor() {
  this.stack = eval("new Error('in a constructor').stack");
}
console.log(frames(new Ctor().stack));
