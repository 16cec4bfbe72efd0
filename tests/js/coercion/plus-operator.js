// Binary + : ToPrimitive on both sides, string concatenation wins over numeric addition.
console.log([] + {}, [] + [], {} + [], [1] + [2], [1, 2] + [3]);
console.log(1 + null, 1 + undefined, 1 + true, true + true, null + null);
console.log("5" + 2, 5 + "2", "5" - 2, "5" * "2", "6" / "2", "7" % "4");
console.log(null + "x", undefined + "x", true + "x", [] + null);
console.log({} + 1, [2] + 1, [2] * 3, [] * 3, [1, 2] * 3);
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + +"2", "3" - -"3");
var d = { valueOf: function () { return 10; }, toString: function () { return "T"; } };
console.log(d + 1, d + "", d * 2, `${d}`, String(d), [d] + "");
var onlyTo = { toString: function () { return "7"; } };
console.log(onlyTo + 1, onlyTo * 2, onlyTo - 1);
