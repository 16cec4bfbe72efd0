// Anonymous functions get names from var/let/const bindings and object keys (as node prints them).
var a = function () {};
let b = () => {};
const c = function named() {};
var o = { m: function () {}, n: () => {}, ["comp" + "uted"]: function () {} };
console.log(a, b, c);
console.log(o.m, o.n, o.computed);
var d;
d = function () {};
console.log(d);
console.log(function () {}, (() => {}));
