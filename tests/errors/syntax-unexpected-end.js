// SyntaxError: Unexpected end of input (unclosed function body).
function f() {
  if (true) {
    console.log("x");
  }
