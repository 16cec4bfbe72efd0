// Default parameter values: used for undefined (not null), evaluated per call, can use earlier params.
function greet(name = "stranger", greeting = "Hello") { return greeting + ", " + name; }
console.log(greet(), greet("Ann"), greet("Bob", "Hi"), greet(undefined, "Yo"), greet(null));
function counter(list = []) { list.push(list.length); return list; }
console.log(counter(), counter(), counter([9]));
function dep(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(dep(1), dep(1, 5), dep(1, undefined, 0));
var calls = 0;
function lazy(x = ++calls) { return x; }
console.log(lazy(), lazy(7), lazy(), calls);
var outer = "outer";
function scoped(x = outer) { var outer = "inner"; return x; }
console.log(scoped());
var arrow = (a, b = 10) => a + b;
console.log(arrow(1), arrow(1, 1));
function fnDefault(f = function () { return "default fn"; }) { return f(); }
console.log(fnDefault(), fnDefault(() => "given"));
