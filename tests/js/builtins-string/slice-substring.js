// slice vs substring: negative indices, swapped arguments, NaN and out-of-range handling.
var s = "JavaScript";
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(4, 2), s.slice(100));
console.log(s.substring(4), s.substring(0, 4), s.substring(-6), s.substring(4, 0), s.substring(6, -3), s.substring(NaN, 4));
console.log(s.slice(1.9, 3.9), s.substring(1.9, 3.9), s.slice("2", "5"), s.slice(), s.substring());
console.log(s.slice(-100, 2), s.substring(2, 100), "[" + s.slice(5, 5) + "]", "[" + s.substring(5, 5) + "]");
console.log("\u{1F600}x".slice(0, 1).length, "\u{1F600}x".slice(2));
