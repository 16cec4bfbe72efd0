// Arithmetic on a symbol throws "Cannot convert a Symbol value to a number".
function double(x) {
  return x * 2;
}
double(Symbol.iterator);
