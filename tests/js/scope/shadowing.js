// Parameters, locals, and block bindings shadow outer names without modifying them.
var name = "global";
function f(name) {
  console.log(name);
  {
    let name = "block";
    console.log(name);
  }
  name = "reassigned";
  return name;
}
console.log(f("param"), name);
let t = 1;
function g() { let t = 2; if (true) { let t = 3; return t; } }
console.log(g(), t);
function h() { var u = "h"; return function () { var u = "inner"; return u; }() + u; }
console.log(h());
