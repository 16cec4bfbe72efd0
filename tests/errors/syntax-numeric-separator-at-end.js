// A numeric separator must have a digit on each side.
console.log("not reached");
var n = 1000_;
