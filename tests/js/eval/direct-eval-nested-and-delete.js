// Sloppy eval code that itself calls eval still declares into the calling function; a
// binding an eval made can be deleted (a declared variable cannot); new.target is the
// caller's.
function nested() {
  eval("eval('var deep = \"from the inner eval\"')");
  return typeof deep === "string" ? deep : "missing";
}
console.log(nested(), typeof deep);
var topResult = eval("eval('var alsoDeep = 1'); typeof alsoDeep");
console.log(topResult, typeof alsoDeep);
function deletes() {
  var declared = 1;
  eval("var made = 2");
  const results = [delete made, typeof made, delete declared, typeof declared];
  return results;
}
console.log(deletes());
function Target() {
  return eval("new.target === Target");
}
console.log(new Target() instanceof Target, Target());
