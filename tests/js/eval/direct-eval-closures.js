// Closures created inside eval code capture the caller's variables, and keep them after the
// caller returned.
function makeCounter() {
  var count = 0;
  return eval("(function () { return ++count; })");
}
const c1 = makeCounter();
const c2 = makeCounter();
console.log(c1(), c1(), c1(), c2());
function shared() {
  let value = "initial";
  const get = eval("() => value");
  const set = eval("(v) => { value = v; }");
  set("changed");
  return [get(), value];
}
console.log(shared());
// A function declared by sloppy eval closes over the caller's scope.
function declared() {
  var base = 100;
  eval("function add(n) { return base + n; }");
  base = 200;
  return add(5);
}
console.log(declared());
// Closures over the eval's own let bindings.
function own() {
  return eval("let hidden = 'secret'; (() => hidden)")();
}
console.log(own());
// Hot closures made by eval run in every tier.
function sumWith(n) {
  var acc = 0;
  var step = eval("(function (i) { acc += i; })");
  for (var i = 0; i < n; i++) step(i);
  return acc;
}
console.log(sumWith(1000), sumWith(10));
