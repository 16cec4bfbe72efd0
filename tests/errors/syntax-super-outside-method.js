// super.x in a plain function: SyntaxError.
function f() {
  return super.x;
}
