const rows = [];
const add = (js, java) => rows.push([js, java]);
const S = (body) => `((java.util.function.Supplier<Object>) () -> { ${body} }).get()`;
const F = (p) => `((dev.kindling.runtime.JSFunction) h.global("${p}"))`;
// Object
add('Object()', 'h.call("Object")'); add('new Object()', 'h.construct("Object")'); add('Object(null)', 'h.call("Object", JsHarness.NULL)');
add('Object("ab")', 'h.call("Object", "ab")'); add('Object(true)', 'h.call("Object", true)');
add('(() => { const o = {}; return Object(o) === o; })()', S('var o = h.obj(); return h.call("Object", o) == o;'));
for (const [js, java] of [['undefined', 'JsHarness.U'], ['null', 'JsHarness.NULL'], ['1', '1'], ['"s"', '"s"'], ['true', 'true'], ['[]', 'h.array()'], ['{}', 'h.obj()'], ['function () {}', 'h.fn(a -> JsHarness.U)'], ['new Error("x")', 'h.construct("Error", "x")'], ['Math', 'h.global("Math")'], ['JSON', 'h.global("JSON")'], ['new Number(1)', 'h.construct("Number", 1)'], ['Object.create(null)', 'h.call("Object.create", JsHarness.NULL)']]) {
  add(`Object.prototype.toString.call(${js})`, `${F('Object.prototype.toString')}.call(${java}, new Object[0])`);
}
add('({ a: 1 }).hasOwnProperty("a")', 'h.invoke(h.obj("a", 1), "hasOwnProperty", "a")'); add('({ a: 1 }).hasOwnProperty("toString")', 'h.invoke(h.obj("a", 1), "hasOwnProperty", "toString")');
add('[1].hasOwnProperty(0)', 'h.invoke(h.array(1), "hasOwnProperty", 0)'); add('[1].hasOwnProperty("length")', 'h.invoke(h.array(1), "hasOwnProperty", "length")');
add('"abc".hasOwnProperty(1)', 'h.invoke("abc", "hasOwnProperty", 1)'); add('Object.prototype.hasOwnProperty.call(null, "x")', `${F('Object.prototype.hasOwnProperty')}.call(JsHarness.NULL, new Object[] {"x"})`);
add('Object.prototype.isPrototypeOf([])', `${F('Object.prototype.isPrototypeOf')}.call(h.realm.objectPrototype(), new Object[] {h.array()})`);
add('Array.prototype.isPrototypeOf({})', `${F('Object.prototype.isPrototypeOf')}.call(h.realm.arrayPrototype(), new Object[] {h.obj()})`);
add('[1].propertyIsEnumerable(0)', 'h.invoke(h.array(1), "propertyIsEnumerable", 0)'); add('[1].propertyIsEnumerable("length")', 'h.invoke(h.array(1), "propertyIsEnumerable", "length")');
add('({}).toLocaleString()', 'h.invoke(h.obj(), "toLocaleString")'); add('(() => { const o = {}; return o.valueOf() === o; })()', S('var o = h.obj(); return h.invoke(o, "valueOf") == o;'));
add('Object.keys({ b: 1, a: 2, 1: 3, 0: 4 })', 'h.call("Object.keys", h.obj("b", 1, "a", 2, "1", 3, "0", 4))'); add('Object.keys("ab")', 'h.call("Object.keys", "ab")');
add('Object.keys([4, , 5])', 'h.call("Object.keys", h.array(4, dev.kindling.runtime.Oddball.THE_HOLE, 5))'); add('Object.values({ a: 1, b: "x" })', 'h.call("Object.values", h.obj("a", 1, "b", "x"))');
add('Object.entries({ a: 1, b: [2] })', 'h.call("Object.entries", h.obj("a", 1, "b", h.array(2)))'); add('Object.keys(null)', 'h.call("Object.keys", JsHarness.NULL)');
add('Object.assign({ a: 1 }, { b: 2 }, null, { a: 3 })', 'h.call("Object.assign", h.obj("a", 1), h.obj("b", 2), JsHarness.NULL, h.obj("a", 3))');
add('Object.create(null)', 'h.call("Object.create", JsHarness.NULL)'); add('Object.create(1)', 'h.call("Object.create", 1)');
add('Object.create({ x: 1 }, { y: { value: 2, enumerable: true } })', 'h.call("Object.create", h.obj("x", 1), h.obj("y", h.obj("value", 2, "enumerable", true)))');
add('Object.getPrototypeOf([]) === Array.prototype', 'h.call("Object.getPrototypeOf", h.array()) == h.realm.arrayPrototype()'); add('Object.getPrototypeOf(Object.prototype)', 'h.call("Object.getPrototypeOf", h.realm.objectPrototype())');
add('Object.getPrototypeOf(1) === Number.prototype', 'h.call("Object.getPrototypeOf", 1) == h.realm.numberPrototype()');
add('Object.setPrototypeOf({}, 1)', 'h.call("Object.setPrototypeOf", h.obj(), 1)'); add('Object.setPrototypeOf(null, {})', 'h.call("Object.setPrototypeOf", JsHarness.NULL, h.obj())');
add('(() => { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); })()', S('var a = h.obj(); var b = h.call("Object.create", a); return h.call("Object.setPrototypeOf", a, b);'));
add('Object.defineProperty({}, "x", { value: 1 })', 'h.call("Object.defineProperty", h.obj(), "x", h.obj("value", 1))');
add('Object.defineProperty({}, "x", { value: 1, enumerable: true })', 'h.call("Object.defineProperty", h.obj(), "x", h.obj("value", 1, "enumerable", true))');
add('Object.defineProperty({}, "x", { get: () => 1, enumerable: true })', 'h.call("Object.defineProperty", h.obj(), "x", h.obj("get", h.fn(a -> 1), "enumerable", true))');
add('Object.defineProperty({}, "x", { get: () => 1, enumerable: true }).x', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.call("Object.defineProperty", h.obj(), "x", h.obj("get", h.fn(a -> 1), "enumerable", true)), "x")');
add('Object.defineProperty(1, "x", {})', 'h.call("Object.defineProperty", 1, "x", h.obj())'); add('Object.defineProperty({}, "x", 1)', 'h.call("Object.defineProperty", h.obj(), "x", 1)');
add('Object.defineProperty({}, "x", { get: 1 })', 'h.call("Object.defineProperty", h.obj(), "x", h.obj("get", 1))');
add('Object.defineProperty({}, "x", { get: () => 1, value: 2 })', 'h.call("Object.defineProperty", h.obj(), "x", h.obj("get", h.fn(a -> 1), "value", 2))');
add('(() => { const o = Object.defineProperty({}, "x", { value: 1 }); Object.defineProperty(o, "x", { value: 2 }); })()', S('var o = h.call("Object.defineProperty", h.obj(), "x", h.obj("value", 1)); return h.call("Object.defineProperty", o, "x", h.obj("value", 2));'));
add('(() => { const o = Object.defineProperty({}, "x", { value: 1, writable: true }); Object.defineProperty(o, "x", { value: 2 }); return Object.getOwnPropertyDescriptor(o, "x"); })()', S('var o = h.call("Object.defineProperty", h.obj(), "x", h.obj("value", 1, "writable", true)); h.call("Object.defineProperty", o, "x", h.obj("value", 2)); return h.call("Object.getOwnPropertyDescriptor", o, "x");'));
add('Object.getOwnPropertyDescriptor({ a: 1 }, "a")', 'h.call("Object.getOwnPropertyDescriptor", h.obj("a", 1), "a")'); add('Object.getOwnPropertyDescriptor([], "length")', 'h.call("Object.getOwnPropertyDescriptor", h.array(), "length")');
add('Object.getOwnPropertyDescriptor({}, "a")', 'h.call("Object.getOwnPropertyDescriptor", h.obj(), "a")'); add('Object.getOwnPropertyDescriptor("ab", 0)', 'h.call("Object.getOwnPropertyDescriptor", "ab", 0)');
add('Object.getOwnPropertyNames([1, 2])', 'h.call("Object.getOwnPropertyNames", h.array(1, 2))'); add('Object.getOwnPropertyNames("ab")', 'h.call("Object.getOwnPropertyNames", "ab")');
add('Object.is(NaN, NaN)', 'h.call("Object.is", Double.NaN, Double.NaN)'); add('Object.is(0, -0)', 'h.call("Object.is", 0, -0.0)');
add('Object.isExtensible(Object.preventExtensions({}))', 'h.call("Object.isExtensible", h.call("Object.preventExtensions", h.obj()))');
add('({}).__proto__ === Object.prototype', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.obj(), "__proto__") == h.realm.objectPrototype()');
add('(() => { const o = {}; o.__proto__ = Array.prototype; return Array.prototype.isPrototypeOf(o); })()', S('var o = h.obj(); dev.kindling.runtime.PropertyAccess.setNamed(o, "__proto__", h.realm.arrayPrototype(), false); return o.getPrototype() == h.realm.arrayPrototype();'));
add('Object.keys(Object.prototype)', 'h.call("Object.keys", h.realm.objectPrototype())');
add('Object.getOwnPropertyNames(Object.prototype)', 'h.call("Object.getOwnPropertyNames", h.realm.objectPrototype())');
add('Object.prototype.constructor === Object', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.realm.objectPrototype(), "constructor") == h.global("Object")');
add('Object.getOwnPropertyDescriptor(Object, "prototype")', 'h.call("Object.getOwnPropertyDescriptor", h.global("Object"), "prototype")');
add('Object.getOwnPropertyDescriptor(globalThis, "NaN")', 'h.call("Object.getOwnPropertyDescriptor", h.realm.global(), "NaN")');
add('Object.getOwnPropertyDescriptor(Math, "PI")', 'h.call("Object.getOwnPropertyDescriptor", h.global("Math"), "PI")');
add('Object.getOwnPropertyDescriptor(Array.prototype, "push")', 'h.call("Object.getOwnPropertyDescriptor", h.realm.arrayPrototype(), "push")');
// Function
add('Math.max.name', 'h.global("Math.max.name")'); add('Math.max.length', 'h.global("Math.max.length")'); add('parseInt.length', 'h.global("parseInt.length")');
add('Function.prototype.toString.call(Math.max)', `${F('Function.prototype.toString')}.call(h.global("Math.max"), new Object[0])`);
add('String(Object)', 'h.call("String", h.global("Object"))'); add('Function.prototype.toString.call({})', `${F('Function.prototype.toString')}.call(h.obj(), new Object[0])`);
add('Math.max.call(null, 1, 5, 2)', 'h.invoke(h.global("Math.max"), "call", JsHarness.NULL, 1, 5, 2)'); add('Math.max.apply(null, [1, 5, 2])', 'h.invoke(h.global("Math.max"), "apply", JsHarness.NULL, h.array(1, 5, 2))');
add('Math.max.apply(null)', 'h.invoke(h.global("Math.max"), "apply", JsHarness.NULL)'); add('Math.max.apply(null, 1)', 'h.invoke(h.global("Math.max"), "apply", JsHarness.NULL, 1)');
add('Math.max.apply(null, { length: 2, 0: 7, 1: 3 })', 'h.invoke(h.global("Math.max"), "apply", JsHarness.NULL, h.obj("length", 2, "0", 7, "1", 3))');
add('Math.max.bind(null, 10)(1, 2)', '((dev.kindling.runtime.JSFunction) h.invoke(h.global("Math.max"), "bind", JsHarness.NULL, 10)).call(JsHarness.U, new Object[] {1, 2})');
add('Math.max.bind(null, 10).name', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.invoke(h.global("Math.max"), "bind", JsHarness.NULL, 10), "name")');
add('Math.max.bind(null, 1, 2, 3).length', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.invoke(h.global("Math.max"), "bind", JsHarness.NULL, 1, 2, 3), "length")');
add('Math.max.bind()', 'h.invoke(h.global("Math.max"), "bind")'); add('Function.prototype.bind.call({})', `${F('Function.prototype.bind')}.call(h.obj(), new Object[0])`);
add('new (Array.bind(null, 3))()', S('var b = (dev.kindling.runtime.JSFunction) h.invoke(h.global("Array"), "bind", JsHarness.NULL, 3); return b.construct(new Object[0], b);'));

add('String.prototype.slice.call.name', 'h.global("String.prototype.slice.call.name")');
// Errors
for (const t of ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError']) {
  add(`new ${t}("m")`, `h.construct("${t}", "m")`); add(`${t}("m").name`, `dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.call("${t}", "m"), "name")`);
  add(`String(new ${t}("m"))`, `h.call("String", h.construct("${t}", "m"))`);
}
add('new Error().message', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("Error"), "message")'); add('new Error().hasOwnProperty("message")', 'h.invoke(h.construct("Error"), "hasOwnProperty", "message")');
add('new Error(undefined).hasOwnProperty("message")', 'h.invoke(h.construct("Error", JsHarness.U), "hasOwnProperty", "message")'); add('new Error(42).message', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("Error", 42), "message")');
add('new Error("x").stack', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("Error", "x"), "stack")'); add('new TypeError().stack', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("TypeError"), "stack")');
add('Object.getOwnPropertyNames(new Error("a", { cause: 1 }))', 'h.call("Object.getOwnPropertyNames", h.construct("Error", "a", h.obj("cause", 1)))');
add('new Error("a", { cause: 1 }).cause', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("Error", "a", h.obj("cause", 1)), "cause")');
add('Error.prototype.toString.call(1)', `${F('Error.prototype.toString')}.call(1, new Object[0])`);
add('Error.prototype.toString.call({ name: "N", message: "M" })', `${F('Error.prototype.toString')}.call(h.obj("name", "N", "message", "M"), new Object[0])`);
add('Error.prototype.toString.call({ message: "M" })', `${F('Error.prototype.toString')}.call(h.obj("message", "M"), new Object[0])`);
add('Error.prototype.toString.call({ name: "", message: "M" })', `${F('Error.prototype.toString')}.call(h.obj("name", "", "message", "M"), new Object[0])`);
add('Error.prototype.toString.call({ name: "N", message: "" })', `${F('Error.prototype.toString')}.call(h.obj("name", "N", "message", ""), new Object[0])`);
add('Object.getPrototypeOf(TypeError) === Error', 'h.call("Object.getPrototypeOf", h.global("TypeError")) == h.global("Error")');
add('Object.getPrototypeOf(TypeError.prototype) === Error.prototype', 'h.call("Object.getPrototypeOf", h.global("TypeError.prototype")) == h.global("Error.prototype")');
add('Error.prototype.message', 'h.global("Error.prototype.message")'); add('RangeError.prototype.name', 'h.global("RangeError.prototype.name")'); add('Error.length', 'h.global("Error.length")');
add('(() => { const o = {}; Error.captureStackTrace(o); return o.stack; })()', S('var o = h.obj(); h.call("Error.captureStackTrace", o); return dev.kindling.runtime.PropertyAccess.getNamed(h.realm, o, "stack");'));
// JSON
for (const [js, java] of [['{ a: [1, { b: 2 }], c: "x" }', 'h.obj("a", h.array(1, h.obj("b", 2)), "c", "x")'], ['[undefined, () => 1, NaN, -0, Infinity]', 'h.array(JsHarness.U, h.fn(a -> 1), Double.NaN, -0.0, Double.POSITIVE_INFINITY)'],
  ['"\\u2028\\ud800\\n\\"\\u007f\\u0001"', '"\\u2028\\ud800\\n\\"\\u007f\\u0001"'], ['{ u: undefined, f() {}, n: null }', 'h.obj("u", JsHarness.U, "f", h.fn(a -> 1), "n", JsHarness.NULL)'], ['new Number(3)', 'h.construct("Number", 3)'], ['new String("s")', 'h.construct("String", "s")'],
  ['[[]]', 'h.array(h.array())'], ['{}', 'h.obj()'], ['undefined', 'JsHarness.U'], ['{ toJSON() { return "tj"; } }', 'h.obj("toJSON", h.fn(a -> "tj"))'], ['1e21', '1e21'], ['"it\'s"', '"it\'s"']]) {
  add(`JSON.stringify(${js})`, `h.call("JSON.stringify", ${java})`);
  add(`JSON.stringify(${js}, null, 2)`, `h.call("JSON.stringify", ${java}, JsHarness.NULL, 2)`);
}
add('JSON.stringify({ a: 1, b: [1, 2] }, null, "--")', 'h.call("JSON.stringify", h.obj("a", 1, "b", h.array(1, 2)), JsHarness.NULL, "--")');
add('JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"])', 'h.call("JSON.stringify", h.obj("a", 1, "b", 2, "c", 3), h.array("a", "c"))');
add('JSON.stringify({ a: 1, b: "x" }, (k, v) => typeof v === "number" ? v * 2 : v)', 'h.call("JSON.stringify", h.obj("a", 1, "b", "x"), h.fn(a -> a[1] instanceof Integer i ? i * 2 : a[1]))');
add('JSON.stringify({ a: 1 }, null, 20)', 'h.call("JSON.stringify", h.obj("a", 1), JsHarness.NULL, 20)');
add('(() => { const a = { x: 1 }; a.self = a; JSON.stringify(a); })()', S('var a = h.obj("x", 1); a.set("self", a); return h.call("JSON.stringify", a);'));
add('(() => { const b = { p: { q: [1, { r: {} }] } }; b.p.q[1].r.back = b.p; JSON.stringify(b); })()', S('var r = h.obj(); var q = h.array(1, h.obj("r", r)); var p = h.obj("q", q); var b = h.obj("p", p); r.set("back", p); return h.call("JSON.stringify", b);'));
add('(() => { const c = { a: { b: { c: { d: { e: {} } } } } }; c.a.b.c.d.e.f = c; JSON.stringify(c); })()', S('var e = h.obj(); var c = h.obj("a", h.obj("b", h.obj("c", h.obj("d", h.obj("e", e))))); e.set("f", c); return h.call("JSON.stringify", c);'));
for (const s of ['{"a":[1,2,{"b":null}],"c":"\\\\u0041\\\\n"}', ' -0 ', '1E2', '{"__proto__": 1}', '{"a":}', '{a:1}', '', '[1,2', '[1,]', '{"a":1,}', 'tru', '"abc', '01', '1.', '-', '{"a" 1}', 'nul', '"\\\\x"', '123abc', '{"a":1}x', '"\\\\u12"', '1e', '[', '{', '{"a"', '{"a":', '{"a":1', '["a"', ' x', '[1,2,3,4,5,6,7,8,9,x]', '[x,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9]', '[1,2,3,4,5,6,7,8,9,1,2,3,x,4,5,6,7,8,9,1,2,3]', '{"a":1,', '[1,', '"\\\\', 'trux', '"\\\\ud83d\\\\ude00"', '[-01]', '[1.e1]', '"\\t"']) {
  add(`JSON.parse(${JSON.stringify(s)})`, `h.call("JSON.parse", ${JSON.stringify(s)})`);
}
add('JSON.parse(undefined)', 'h.call("JSON.parse", JsHarness.U)'); add('JSON.parse({})', 'h.call("JSON.parse", h.obj())');
add('JSON.parse("[1,2]", (k, v) => typeof v === "number" ? v + 1 : v)', 'h.call("JSON.parse", "[1,2]", h.fn(a -> a[1] instanceof Integer i ? i + 1 : a[1]))');
add('JSON.parse(\'{"a":1,"b":2}\', (k, v) => k === "a" ? undefined : v)', 'h.call("JSON.parse", "{\\"a\\":1,\\"b\\":2}", h.fn(a -> "a".equals(a[0]) ? JsHarness.U : a[1]))');
add('typeof Function.prototype', 'dev.kindling.runtime.Operators.typeOf(h.realm.functionPrototype())'); add('Function.prototype()', '((dev.kindling.runtime.JSFunction) h.realm.functionPrototype()).call(JsHarness.U, new Object[0])'); module.exports = rows;
