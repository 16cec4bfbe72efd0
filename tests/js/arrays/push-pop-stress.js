// Many pushes and pops keep length and contents consistent; pop on holes returns undefined.
var a = [];
for (var i = 0; i < 1000; i++) a.push(i * 2);
var sum = 0;
while (a.length > 500) sum += a.pop();
console.log(a.length, sum, a[499], a[500]);
a.length = 3;
console.log(a);
var b = [];
b.length = 3;
console.log(b.pop(), b.length, b);
var c = [1, 2, 3];
c.push();
console.log(c.push(), c.length);
