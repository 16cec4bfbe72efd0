"use strict";
// A with statement is an early error in strict code (ECMA-262 §14.11.1).
var o = { x: 1 };
with (o) {
  console.log(x);
}
