// The Function constructor does not see the caller's locals; a direct eval does; an
// indirect eval does not.
globalThis.where = "global";
function compare() {
  var where = "local";
  return [
    Function("return where")(),
    eval("where"),
    (0, eval)("where"),
    eval("Function('return where')")(),
    eval("(function () { return where; })")(),
  ];
}
console.log(compare());
// Function-made functions called from inside eval code still see only globals.
function nested() {
  var secret = 1;
  return eval("Function('return typeof secret')()");
}
console.log(nested());
