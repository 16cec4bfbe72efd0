// case expressions are evaluated in order until a match; let in switch body is shared across cases.
var evals = [];
function val(v) { evals.push(v); return v; }
switch (3) {
  case val(1): console.log("one"); break;
  case val(3): console.log("three"); break;
  case val(5): console.log("five"); break;
}
console.log(evals);
function scoped(k) {
  switch (k) {
    case 0: { let msg = "zero"; return msg; }
    case 1: { let msg = "one"; return msg; }
  }
  return "none";
}
console.log(scoped(0), scoped(1), scoped(2));
var x = "b";
switch (true) {
  case x === "a": console.log("is a"); break;
  case x === "b": console.log("is b"); break;
}
switch (1) {}
switch (2) { default: }
console.log("empty switches ok");
var NaNcase = "no";
switch (NaN) { case NaN: NaNcase = "yes"; }
console.log(NaNcase);
