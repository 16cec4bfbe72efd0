// Array(n) and new Array(n) create holes; Array(a, b, ...) creates elements; non-integer length throws.
console.log(new Array(3), Array(3).length, new Array(0), new Array("3"), new Array(3, 4));
console.log(Array(), new Array(), Array(1.0), Array(-0).length);
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Array(1.5); } catch (e) { console.log(e.name, e.message); }
var filled = new Array(3);
for (var i = 0; i < filled.length; i++) filled[i] = i * i;
console.log(filled);
console.log(new Array(101).length, Array(2).join("x"));
