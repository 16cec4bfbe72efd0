// A parameter pattern called without an argument: the value has no source, node prints its type.
function draw({x, y}) {
  return x + y;
}
draw();
