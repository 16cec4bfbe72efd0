// Global value properties NaN, Infinity, undefined and typeof of global functions.
console.log(NaN, Infinity, undefined, typeof NaN, typeof Infinity, typeof undefined);
console.log(typeof parseInt, typeof parseFloat, typeof isNaN, typeof isFinite);
console.log(typeof Number, typeof String, typeof Boolean, typeof Array, typeof Object, typeof Error);
console.log(typeof Math.PI, typeof console, typeof console.log);
function shadowed() { var undefined = "shadowed!"; return undefined; }
console.log(shadowed(), typeof undefined);
