// String methods called on literals, via bracket notation, and chained; strings stay immutable.
var s = "  Mixed Case  ";
var t = s.trim().toLowerCase().split(" ").join("_");
console.log(t, "[" + s + "]");
console.log("abc"["toUpperCase"](), "abc".length.toString(), typeof "x".charAt);
console.log("a-b-c".split("-").join("+"), "hello".slice(1).toUpperCase().charAt(0));
var word = "level";
var rev = "";
for (var i = word.length - 1; i >= 0; i--) rev += word.charAt(i);
console.log(rev === word ? "palindrome" : "not palindrome");
