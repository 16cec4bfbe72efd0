// new Function(p1, ..., body) and Function(...) make the same kind of function: name
// "anonymous", length from the parameters, the body's return value.
const add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.name, add.length);
console.log(Function("a", "b", "c", "return a + b + c")("x", "y", "z"));
console.log(Function("x", "return x * 2").call(null, 21));
console.log(typeof Function(), Function()());
console.log(Function("").constructor === Function, add instanceof Function);
console.log(Object.getPrototypeOf(add) === Function.prototype);
console.log(Function.length, Function.name);
// The body can declare functions and return closures over its own locals.
const counter = Function("var n = 0; return function() { return ++n; }")();
console.log(counter(), counter(), counter());
console.log(Function("function inner() { return 7 } return inner() * 6")());
// A constructor made from a string constructs.
const Point = new Function("x", "y", "this.x = x; this.y = y;");
const p = new Point(1, 2);
console.log(p.x, p.y, p instanceof Point);
// Arguments are converted to strings, in order, before anything is parsed.
const order = [];
const key = (s) => ({ toString() { order.push(s); return s; } });
console.log(Function(key("a"), key("b"), key("return a - b"))(10, 4), order.join(" "));
