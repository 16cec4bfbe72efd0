// Bracket indexing and .length on strings; out-of-range reads are undefined; strings are immutable.
var s = "hello";
console.log(s[0], s[4], s[5], s[-1], s.length);
console.log(s["1"], s[1.5], "abc"["length"]);
s[0] = "J";
console.log(s);
var count = 0;
for (var i = 0; i < s.length; i++) if (s[i] === "l") count++;
console.log(count);
console.log("".length, ""[0]);
var str = "abc";
str.foo = 1;
console.log(str.foo);
