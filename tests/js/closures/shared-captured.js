// Several closures share a captured variable; writes through one are visible to the others.
function pair() {
  var value = "init";
  return [function () { return value; }, function (v) { value = v; }];
}
var p = pair();
console.log(p[0]());
p[1]("changed");
console.log(p[0]());
var q = pair();
console.log(q[0](), p[0]());
function outer() {
  var x = 1;
  function inner() { x *= 2; return x; }
  inner(); inner();
  return x;
}
console.log(outer());
var x = 10;
var readLater = function () { return x; };
x = 20;
console.log(readLater());
