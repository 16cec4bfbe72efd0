// The comma operator evaluates left to right and yields the last value.
var a = (1, 2, 3);
console.log(a);
var log = [];
var b = (log.push("x"), log.push("y"), log.length);
console.log(b, log);
for (var i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
var c = 0;
var d = (c++, c++, c);
console.log(c, d);
