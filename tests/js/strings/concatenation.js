// String concatenation with + and +=, mixed with numbers (left-to-right evaluation).
console.log("a" + "b", "a" + 1, 1 + "a", 1 + 2 + "3", "1" + 2 + 3, 1 + (2 + "3"));
var s = "";
for (var i = 0; i < 5; i++) s += i;
console.log(s, s.length, typeof s);
s += null; s += undefined; s += true;
console.log(s);
console.log("x" + [1, 2] + {} + [] + [[]] + [null]);
console.log("" + 0.1 + 0.2, 0.1 + 0.2 + "");
var t = "abc";
t += t; t += t;
console.log(t);
