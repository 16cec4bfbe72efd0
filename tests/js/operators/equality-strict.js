// === and !== never coerce; NaN is not equal to itself; +0 === -0; object identity.
console.log(1 === 1, 1 === "1", null === undefined, NaN === NaN, 0 === -0);
console.log("a" === "a", "ab" === "a" + "b", true === 1, undefined === void 0);
var o = {}, p = o, q = {};
console.log(o === p, o === q, [] === [], o !== q);
function f() {}
var g = f;
console.log(f === g, f === function () {});
console.log(1 !== 1.0, 0.1 + 0.2 !== 0.3, 0.5 + 0.25 === 0.75);
