// switch: the tag register is live across the chain of comparisons, dead once a case is chosen.
function test(x, y) {
  switch (x) {
    case 1: return y;
    case 2: return 20;
    default: return 0;
  }
}
test(1, 2);
