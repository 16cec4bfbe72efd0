// More than 100 array items print "... N more items"; long strings force one entry per line.
var a = [];
for (var i = 0; i < 120; i++) a.push(i);
console.log(a);
var b = [];
for (var j = 0; j < 101; j++) b.push(1);
console.log(b);
var c = new Array(150);
c[0] = "first";
c[149] = "last";
console.log(c);
console.log(["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]);
var d = [];
for (var k = 0; k < 101; k++) d.push("s" + k);
console.log(d);
