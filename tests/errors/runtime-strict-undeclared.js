// Uncaught ReferenceError from assigning an undeclared variable in strict mode.
"use strict";
function init() {
  configuration = { debug: true };
}
console.log("init...");
init();
