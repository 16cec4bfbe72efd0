// Arrays with non-index properties print them after the elements as key: value.
var a = [1, 2];
a.label = "L";
a["with space"] = true;
console.log(a);
var b = [];
b.only = "prop";
console.log(b);
var c = [, 5];
c.x = 1;
console.log(c);
