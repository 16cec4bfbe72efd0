// Own property order: integer keys ascending, then strings in insertion order (also for printing).
var o = {};
o.z = 1; o[3] = "c"; o.a = 2; o[1] = "a"; o["2"] = "b"; o.m = 3; o["007"] = "str";
console.log(o);
delete o.z;
o.z = "back";
console.log(o);
var keys = [];
for (var k in o) keys.push(k);
console.log(keys);
