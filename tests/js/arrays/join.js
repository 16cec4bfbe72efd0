// join with default and custom separators; null/undefined become empty; nested arrays flatten via toString.
var a = [1, 2, 3];
console.log(a.join(), a.join(""), a.join(" - "), a.join(undefined), a.join(null));
console.log([null, undefined, 1].join(), [[1, 2], [3]].join(";"), [].join(), [""].join());
console.log([true, {}, "s"].join("|"), [1.5, -0, 1e21].join(" "));
console.log(new Array(4).join("ab"), [1].join("x"));
