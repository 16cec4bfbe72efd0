// Sloppy direct eval: its var and function declarations land in the caller's function
// scope, visible after the eval (and to code the function already had), but not outside it.
function declares() {
  eval("var v = 1; function fn() { return v + 1; }");
  return [v, fn(), typeof v];
}
console.log(declares(), typeof v, typeof fn);
// A var the function already has is the same binding.
function rebinds() {
  var x = "before";
  eval("var x = 'after'");
  return x;
}
console.log(rebinds());
// An eval's var shadows an outer function's variable of the same name from then on.
var shadowed = "module";
function shadows() {
  var before = shadowed;
  eval("var shadowed = 'eval'");
  return [before, shadowed];
}
console.log(shadows(), shadowed);
// Closures made before the eval see the new binding too.
function closureBefore() {
  var read = function () { return typeof late === "undefined" ? "none" : late; };
  var first = read();
  eval("var late = 'declared by eval'");
  return [first, read()];
}
console.log(closureBefore());
// A var declared in a block of the eval code still goes to the function.
function blockVar() {
  eval("if (true) { var inBlock = 'yes'; }");
  return inBlock;
}
console.log(blockVar());
// Each call has its own bindings.
function fresh(n) {
  if (n) eval("var once = n");
  return typeof once;
}
console.log(fresh(1), fresh(0));
