// Strict direct eval keeps its var and function declarations to itself: when the caller is
// strict, or the eval code begins with "use strict".
function strictCaller() {
  "use strict";
  eval("var s = 1; function sf() {}");
  return [typeof s, typeof sf];
}
console.log(strictCaller());
function strictSource() {
  eval("'use strict'; var t = 1");
  return typeof t;
}
console.log(strictSource());
// Strict eval code still sees and assigns the caller's variables.
function stillSees() {
  "use strict";
  var x = 1;
  eval("x = x + 41");
  return x;
}
console.log(stillSees());
// In strict eval code, assigning an undeclared name is a ReferenceError.
function undeclared() {
  "use strict";
  try {
    eval("nowhere = 1");
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(undeclared());
// let and const of eval code are its own, strict or not.
function lexical() {
  eval("let l = 1; const c = 2; class K {}");
  return [typeof l, typeof c, typeof K];
}
console.log(lexical());
