// A direct eval (a call by the plain name `eval`) runs in the caller's scope: it reads and
// assigns the caller's parameters, vars, lets and consts, and those of enclosing functions.
function f(a) {
  var x = 1;
  let y = 2;
  const z = 3;
  const sum = eval("a + x + y + z");
  eval("x = 10; y = 20; a = 30");
  return [sum, x, y, a];
}
console.log(f(4));
function outer() {
  var o = "outer";
  return function inner() {
    var i = "inner";
    return eval("o + ' ' + i");
  };
}
console.log(outer()());
// Blocks: the eval sees the innermost binding of each name.
function blocks() {
  let v = "function";
  {
    let v = "block";
    return eval("v");
  }
}
console.log(blocks());
// In a loop, every iteration's eval sees that iteration's bindings.
function loop() {
  var total = 0;
  for (let i = 1; i <= 4; i++) {
    eval("total += i * i");
  }
  return total;
}
console.log(loop());
// At a module's top level, the module's own variables.
var moduleVar = "module var";
console.log(eval("moduleVar"), eval("typeof require"));
