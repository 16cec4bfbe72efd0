// An uncaught throw in a program from stdin: node's report, with [stdin] frames (the top level has no name).
function check(n) {
  if (n > 2) {
    throw new RangeError("too big: " + n);
  }
  return n;
}
console.log(check(1));
console.log(check(3));
