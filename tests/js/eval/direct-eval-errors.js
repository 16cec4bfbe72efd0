// Errors of direct eval: syntax errors at the call, in node's words; redeclaring a caller's
// let with var; TDZ; const assignment.
function tryEval(source) {
  try {
    return "ok " + eval(source);
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(tryEval("1 +"));
console.log(tryEval("return 1"));
console.log(tryEval("var"));
function letConflict() {
  let taken = 1;
  try {
    eval("var taken = 2");
  } catch (e) {
    return [e.name + ": " + e.message, taken];
  }
}
console.log(letConflict());
function constAssign() {
  const fixed = 1;
  try {
    eval("fixed = 2");
  } catch (e) {
    return [e.name + ": " + e.message, fixed];
  }
}
console.log(constAssign());
function tdz() {
  try {
    eval("later");
  } catch (e) {
    return e.name + ": " + e.message;
  }
  let later = 1;
}
console.log(tdz());
function notDefined() {
  try {
    return eval("missingName");
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(notDefined());
// A runtime error thrown inside eval code propagates to the caller's catch.
function throws() {
  try {
    eval("throw new RangeError('from eval')");
  } catch (e) {
    return e instanceof RangeError && e.message;
  }
}
console.log(throws());
