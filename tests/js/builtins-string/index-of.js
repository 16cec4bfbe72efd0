// indexOf / lastIndexOf / includes with positions, empty needles and missing matches.
var s = "canal banana";
console.log(s.indexOf("an"), s.indexOf("an", 2), s.indexOf("an", 100), s.indexOf("x"), s.indexOf(""), s.indexOf("", 5), s.indexOf("", 99));
console.log(s.lastIndexOf("an"), s.lastIndexOf("an", 8), s.lastIndexOf("an", 0), s.lastIndexOf("c"), s.lastIndexOf(""), s.lastIndexOf("z"));
console.log(s.includes("nan"), s.includes("nab"), s.includes(""), s.includes("c", 1), s.includes("a", -5));
console.log("aaa".indexOf("aa", 1), "aaa".lastIndexOf("aa"), "undefined".indexOf(), "null".indexOf(null));
console.log("abc".indexOf("c", -10), "abc".lastIndexOf("a", -10), "12345".indexOf(3));
