// Arrays are objects: typeof, instanceof, extra named properties, reference semantics.
var a = [1, 2];
console.log(typeof a, a instanceof Array, a instanceof Object);
a.name = "named";
console.log(a, a.length);
var b = a;
b.push(3);
console.log(a.length, a === b, [1] === [1]);
function modify(arr) { arr[0] = "modified"; }
modify(a);
console.log(a[0]);
