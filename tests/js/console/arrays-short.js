// Short arrays print on one line with spaces inside the brackets; up to six entries are never grouped.
console.log([]);
console.log([1]);
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, "two", true, null, undefined, 3.25]);
console.log([[]], [[], []], [{}]);
console.log([-0, 0, NaN]);
console.log(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"]);
console.log([true, false, null, undefined, NaN, -0, "x"]);
