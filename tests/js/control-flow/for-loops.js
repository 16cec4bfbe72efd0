// for loops: all three clauses optional, multiple variables, update order, empty bodies.
var out = [];
for (var i = 0; i < 3; i++) out.push(i);
console.log(out);
var j = 0;
for (; j < 3;) j++;
console.log(j);
var k = 0;
for (;;) { if (++k >= 4) break; }
console.log(k);
for (var a = 0, b = 10; a < b; a++, b--);
console.log(a, b);
var order = [];
for (var m = (order.push("init"), 0); order.push("test"), m < 2; order.push("update"), m++) order.push("body");
console.log(order.join(" "));
var sum = 0;
for (let x = 1; x <= 100; x++) sum += x;
console.log(sum);
for (var z = 10; z > 0; z -= 3) out.push(z);
console.log(out);
