// A syntax error in the parameters or the body is a SyntaxError thrown by the call of
// Function, in node's words, and can be caught.
function tryFunction(...args) {
  try {
    const f = Function(...args);
    console.log("ok", JSON.stringify(f.toString()));
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name + ": " + e.message);
  }
}
tryFunction("return +");
tryFunction("}");
tryFunction("})(");
tryFunction("return 1 }; {");
tryFunction("/*");
tryFunction("`");
tryFunction("//only a comment");
tryFunction("1", "return 1");
tryFunction("a,,b", "return 1");
tryFunction("a = ", "return 1");
tryFunction("/*", "return 1");
// A parameter string may not close the parameter list to smuggle in a body of its own.
tryFunction("a) { return 1 }; (function(", "");
tryFunction("a)", "return 1");
tryFunction("'use strict'; var eval = 1");
tryFunction("let let = 1");
console.log("still running");
