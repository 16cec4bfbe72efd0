// Completion values through try/finally, catch and labelled blocks: a finally block that
// completes normally keeps the value of the try (or catch) block.
const geval = eval;
console.log(geval("try { 1 } finally { 2 }"), geval("try { throw 0 } catch (e) { 3 } finally { 4 }"));
console.log(geval("5; try { } finally { 6 }"), geval("for (var i = 0; i < 2; i++) { try { i } finally { 'f' } }"));
function direct() {
  return eval("try { 'body' } finally { 'fin' }");
}
console.log(direct());
console.log(geval("L: { 1; break L; }"), geval("outer: for (;;) { 7; break outer; }"));
console.log(geval("var n = 0; while (n < 3) { n++; }"), geval("var m = 0; do { m += 2; } while (m < 5); m"));
