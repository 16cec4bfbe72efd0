// A syntax error in eval code is a SyntaxError thrown by the eval call, in node's words.
const geval = eval;
function tryEval(source) {
  try {
    console.log("ok", geval(source));
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name + ": " + e.message);
  }
}
tryEval("1 +");
tryEval("var");
tryEval("let x = 1; let x = 2;");
tryEval("return 1");
tryEval("if (true) { return 2 }");
tryEval("function f() { return 3 } f()");
tryEval("break");
tryEval("'use strict'; var eval = 1");
tryEval("({)");
tryEval("`unterminated");
tryEval("let let = 1");
// The error happens when eval runs, not before: earlier statements of the caller ran.
let ran = false;
try {
  ran = true;
  geval("}");
} catch (e) {
  console.log(ran, e.message);
}
// A runtime error inside eval code propagates as itself.
try {
  geval("null.x");
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
