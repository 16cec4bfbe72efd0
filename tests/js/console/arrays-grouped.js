// Arrays with more than six short entries are grouped into aligned columns (numbers right-aligned).
console.log([1, 2, 3, 4, 5, 6, 7]);
var a = [];
for (var i = 0; i < 30; i++) a.push(i * 7);
console.log(a);
var b = [];
for (var j = 0; j < 26; j++) b.push(String.fromCharCode(97 + j).repeat(j % 4 + 1));
console.log(b);
var c = [];
for (var k = 0; k < 12; k++) c.push(k % 3 === 0 ? -k * 1000 : k);
console.log(c);
var d = [];
for (var m = 0; m < 10; m++) d.push(m / 4);
console.log(d);
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888]);
