// Functions as values: passed as arguments, returned, stored in arrays and objects.
function apply(f, x) { return f(x); }
function compose(f, g) { return function (x) { return f(g(x)); }; }
function twice(f) { return compose(f, f); }
var inc = function (x) { return x + 1; };
console.log(apply(inc, 1), compose(inc, inc)(1), twice(twice(inc))(0));
var ops = { add: (a, b) => a + b, mul: (a, b) => a * b };
var table = [ops.add, ops.mul, function (a, b) { return a - b; }];
var out = [];
for (var i = 0; i < table.length; i++) out.push(table[i](6, 3));
console.log(out);
function myMap(arr, f) { var r = []; for (var i = 0; i < arr.length; i++) r.push(f(arr[i], i)); return r; }
function myReduce(arr, f, acc) { for (var i = 0; i < arr.length; i++) acc = f(acc, arr[i]); return acc; }
console.log(myMap([1, 2, 3], (x, i) => x * 10 + i), myReduce([1, 2, 3, 4], (a, b) => a * b, 1));
