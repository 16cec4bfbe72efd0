// Setting length truncates or extends (with holes); writing past the end extends the array.
var a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a[3], a.length);
a.length = 6;
console.log(a, a.length);
a[9] = "nine";
console.log(a, a.length);
a.length = 0;
console.log(a, a[0]);
var b = [];
b[2] = "x";
console.log(b, b.length);
b["3"] = "string index";
console.log(b.length, b[3]);
b["foo"] = "prop";
console.log(b.length, b.foo);
b[-1] = "neg";
console.log(b.length, b[-1]);
