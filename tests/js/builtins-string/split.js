// split with string separators, empty separator, limit, missing separator and edge positions.
console.log("a,b,c".split(","), "a,b,c".split(",", 2), "a,b,c".split(",", 0), "a,b,c".split());
console.log("abc".split(""), "abc".split("", 2), "".split(","), "".split(""));
console.log(",a,,b,".split(","), "a--b--c".split("--"), "aaa".split("a"), "abc".split("abc"));
console.log("one two  three".split(" "), "no-sep".split("x"), "a,b".split(undefined));
console.log("1,2,3".split(",", -1), "1,2,3".split(",", 1.9), "a\u{1F600}b".split("").length);
