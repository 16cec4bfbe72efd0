// SyntaxError: Duplicate parameter name not allowed in this context (strict function).
function f(a, b, a) {
  "use strict";
  return a + b;
}
