// Multiple arguments of different types on one line, each formatted independently.
console.log("label:", 1, [2], { three: 3 }, "four", null);
console.log([1, 2], "and", [3, 4]);
console.log({ a: "string in object" }, "string at top");
var arr = ["q"];
console.log("arr is", arr, "len", arr.length);
console.log(1 + 1, "1" + 1, [1] + [1]);
