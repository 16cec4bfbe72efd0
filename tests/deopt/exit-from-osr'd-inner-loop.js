// "exit from OSR'd inner loop": OSR code compiled for an inner loop reaches the back edge of the
// loop around it, whose header it never compiled, and hands the frame back to the interpreter
// there. %OptimizeOsr() before the loops makes grid's first back edge, the inner loop's, enter
// code compiled for the inner loop; at the end of the first row that code leaves (traced as a
// bailout; not counted as a deopt, and the code stays valid), and the interpreter's outer
// JumpLoop then enters code compiled for the outer loop, in which the rest of the rows run. The
// second call enters both from the cache.
function grid(rows, cols) {
  let sum = 0;
  %OptimizeOsr();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      sum += r * c;
    }
  }
  return sum;
}
console.log(grid(4, 5));
console.log(grid(3, 3));
