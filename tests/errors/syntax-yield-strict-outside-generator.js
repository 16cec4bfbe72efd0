// In strict code yield is a reserved word outside a generator.
"use strict";
function f() {
  yield 1;
}
