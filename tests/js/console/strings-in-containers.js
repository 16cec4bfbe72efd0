// Strings inside arrays/objects are quoted: single quotes by default, double if the string has ', backticks if both.
console.log(["plain", "it's", 'say "x"', "both ' and \"", "back`tick", "all ' \" `"]);
console.log({ s: "str", e: "", q: "'" });
console.log(["a\nb", "tab\t", "back\\slash", "\u00e9", "\u{1F600}"]);
console.log(["\0", "\v", "\b", "\f", "\r", "\x7f", "\x1b", "\u0085", "a\\b"]);
console.log([""], [" "], ["  x  "]);
