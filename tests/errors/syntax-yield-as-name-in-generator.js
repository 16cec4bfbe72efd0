// Inside a generator yield is a keyword and cannot be bound.
function* g() {
  var yield = 1;
}
