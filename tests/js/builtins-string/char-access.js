// charAt and charCodeAt: indices, out of range ("" / NaN), non-integer and coerced indices.
var s = "Hello";
console.log(s.charAt(0), s.charAt(4), "[" + s.charAt(5) + "]", "[" + s.charAt(-1) + "]", s.charAt(), s.charAt(1.9), s.charAt("2"));
console.log(s.charCodeAt(0), s.charCodeAt(4), s.charCodeAt(5), s.charCodeAt(-1), s.charCodeAt(), s.charCodeAt(NaN));
console.log("\u{1F600}".charCodeAt(0), "\u{1F600}".charCodeAt(1), "\u{1F600}".charAt(0).length);
console.log("é".charCodeAt(0), "\t".charCodeAt(0), "".charAt(0) === "", "abc".charAt(null));
