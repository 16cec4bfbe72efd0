// Unicode strings: astral chars count as 2 UTF-16 units, surrogate pairs, non-ASCII output.
var smile = "\u{1F600}";
console.log(smile, smile.length, smile.charCodeAt(0), smile.charCodeAt(1));
console.log("héllo wörld", "héllo".length);
console.log("日本語", "日本語".length, "日本語".charAt(1));
var mixed = "a\u{1F600}b";
console.log(mixed.length, mixed.indexOf("b"), mixed.slice(1, 3) === smile);
console.log("\u00e9" === "é", "\u0065\u0301" === "é", "\u0065\u0301".length);
console.log(String.fromCharCode(0xD83D, 0xDE00) === smile);
console.log(["é", smile, "日"]);
