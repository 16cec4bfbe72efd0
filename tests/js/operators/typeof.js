// typeof for every kind of value, including undeclared names (no ReferenceError).
console.log(typeof 1, typeof NaN, typeof "s", typeof "", typeof true);
console.log(typeof undefined, typeof null, typeof {}, typeof [], typeof function () {});
console.log(typeof (() => 1), typeof Math, typeof Math.max, typeof console.log);
console.log(typeof notDeclaredAnywhere, typeof undefined_thing === "undefined");
console.log(typeof typeof 1, typeof (1 + "1"), typeof +"1", typeof !1);
console.log(typeof new Error("x"), typeof Error, typeof String, typeof String("x"));
console.log(typeof Infinity, typeof parseInt, typeof void 0, typeof `t`);
function F() {}
console.log(typeof F, typeof new F(), typeof F.prototype);
