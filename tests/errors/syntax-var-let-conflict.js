// SyntaxError: Identifier 'y' has already been declared (var conflicting with an earlier let in the same scope).
function f() {
  let y = 1;
  {
    var y = 2;
  }
}
