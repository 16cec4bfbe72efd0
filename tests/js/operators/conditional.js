// ?: ternary: truthiness, nesting (right-associative) and lazy evaluation of branches.
function grade(s) { return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F"; }
console.log(grade(95), grade(85), grade(75), grade(10));
console.log(0 ? "t" : "f", "" ? "t" : "f", "0" ? "t" : "f", [] ? "t" : "f", null ? "t" : "f");
var hit = [];
var v = true ? (hit.push("a"), 1) : (hit.push("b"), 2);
console.log(v, hit);
var x = 5;
var y = x > 3 ? x < 10 ? "mid" : "high" : "low";
console.log(y);
var z = false ? 1 : true ? 2 : 3;
console.log(z);
