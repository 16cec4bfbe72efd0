// A redeclared name is marked with one caret at its first character, however long it is.
function area(width) {
  let width = 2;
  return width;
}
