// String() of every kind of value, including arrays, nested arrays, objects and functions.
console.log(String(1), String(-1.5), String(true), String(null), String(undefined));
console.log(String([]), String([1]), String([1, [2, [3]]]), String([null, undefined, 1]));
console.log(String({}), String([{}]), String([, ,]), "[" + String([, 1]) + "]");
var o = { toString: function () { return "O!"; } };
console.log(String(o), "" + o, `${o}`);
var p = { valueOf: function () { return 42; } };
console.log(String(p), "" + p, p + 1);
console.log(String("already"), String(""), String(NaN));
