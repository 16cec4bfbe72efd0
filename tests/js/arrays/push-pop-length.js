// push returns the new length, pop returns the removed element (undefined when empty).
var a = [];
console.log(a.push(1), a.push(2, 3), a, a.length);
console.log(a.pop(), a, a.length);
console.log(a.pop(), a.pop(), a.pop(), a, a.length);
var b = [1, , 3];
console.log(b.pop(), b.pop(), b, b.length);
var c = [];
c.push([1, 2]);
c.push(undefined);
console.log(c, c.length);
