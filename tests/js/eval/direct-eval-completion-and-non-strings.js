// Direct eval returns the completion value too, and returns a non-string unchanged.
function f() {
  var x = 2;
  return [eval("x; x * 21"), eval("var y = 1"), eval("if (x) 'yes'; else 'no'"), eval("")];
}
console.log(f());
const o = { toString() { return "never"; } };
console.log(eval(o) === o, eval(42), eval(null), eval(), eval(undefined));
console.log(eval("1", "ignored", "arguments"));
// An eval that is not %eval% is an ordinary call.
function shadowEval() {
  const eval = (s) => "local eval got " + s;
  return eval("1 + 1");
}
console.log(shadowEval());
// Optional calls and spread calls are indirect.
function indirectForms() {
  var local = "local";
  return [eval?.("typeof local"), eval(...["typeof local"])];
}
console.log(indirectForms());
