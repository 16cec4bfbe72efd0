// yield* as a loop around one suspend point: YieldStarStep calls the inner iterator's next,
// return or throw by the resume mode; a done result ends the loop (a return mode returns its value).
function* test(inner) {
  return yield* inner;
}
[...test([1, 2])];
