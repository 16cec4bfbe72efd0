// Relational comparisons: both strings compare lexicographically, otherwise numerically.
console.log("10" < "9", "10" < 9, 10 < "9", "10" > "9");
console.log("a" < "b", "a" < 1, "1" < "a", "" < "0");
console.log([10] < [9], [10] < 9, [2] > [1, 0], "abc" > "ABC");
console.log(null < 1, undefined < 1, true < 2, "true" < 2);
console.log("  5" > 4, "5px" > 4, "5px" < 4, "5px" == 4);
var objA = { valueOf: function () { return 1; } }, objB = { valueOf: function () { return 2; } };
console.log(objA < objB, objA > objB, objA <= 1, objB >= "2");
