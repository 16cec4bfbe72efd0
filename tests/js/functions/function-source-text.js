// Converting a function to a string yields its exact source text (Function.prototype.toString).
function add(a, b) { return a + b; }
console.log(String(add));
console.log("" + function (x) { return x; });
console.log(String(() => 1), `${(a, b) => a * b}`);
var o = { m() { return 1; }, n: function named() {} };
console.log(String(o.m), String(o.n));
console.log("fn: " + function   spaced  ( p ) {   /* comment kept */ return p; });
