// A generator method's computed key is evaluated where the method is defined (yield there is
// the enclosing code's), and optional calls take spread arguments (f?.(...xs), o?.m(...xs)).
function fn(a, b, c = 0) { return a + b + c; }
const none = null;
const o = { m(...xs) { return xs.length; } };
console.log(fn?.(...[10, 20, 40]), none?.(...[1]), o?.m(...[1, 2]), none?.m(...[1]), o.missing?.(...[1]), o?.["m"](...[5]));
var yield = "propName";
var obj = { *[yield]() { yield 1; } };
console.log(Object.keys(obj), obj.propName().next().value);
function* gen() { const o2 = { [yield "key"]: 1 }; return Object.keys(o2); }
const it = gen(); console.log(it.next().value, it.next("k2").value);
