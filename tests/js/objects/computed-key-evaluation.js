// Computed keys are evaluated in order together with values; later duplicates overwrite earlier ones.
var log = [];
function k(name) { log.push("key:" + name); return name; }
function v(val) { log.push("val:" + val); return val; }
var o = { [k("a")]: v(1), [k("b")]: v(2), [k("a")]: v(3) };
console.log(o, log.join(" "));
var i = 0;
var seq = { [i++]: i, [i++]: i, [i++]: i };
console.log(seq);
var sym = { [1 + 1]: "two", ["x".repeat(3)]: "xxx", [[1, 2]]: "arr", [null]: "null" };
console.log(sym);
