// SyntaxError: Illegal break statement (break outside any loop or switch).
function f() {
  break;
}
