// && || ! return operands (not booleans) and short-circuit evaluation.
console.log(1 && 2, 0 && 2, "" && "x", null && 1, 1 && null);
console.log(1 || 2, 0 || 2, "" || "x", null || undefined, undefined || null);
console.log(!0, !1, !"", !"a", !null, !undefined, !NaN, ![], !{}, !!"0");
var calls = [];
function t(n) { calls.push("t" + n); return true; }
function f(n) { calls.push("f" + n); return false; }
var r = f(1) && t(2);
var r2 = t(3) || f(4);
var r3 = f(5) || t(6) && f(7);
console.log(r, r2, r3, calls.join(" "));
console.log(0 || "" || null || "last", 1 && "a" && 0 && "never");
console.log(true && false || true, true || false && false, !(1 && 0));
