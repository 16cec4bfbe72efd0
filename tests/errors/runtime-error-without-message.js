// Uncaught RangeError without a message: header is just the error name.
function check(n) { if (n < 0) throw new RangeError(); return n; }
console.log(check(1));
check(-1);
