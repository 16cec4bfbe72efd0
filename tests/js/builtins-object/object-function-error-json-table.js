// Object (constructor, prototype methods, reflection), Function.prototype (call, apply, bind,
// toString), the Error constructors and JSON.parse/stringify with V8's error messages: one case
// a line, a throw printed as its name and message (stackTraceLimit 0: an error's stack is its
// first line, so no path is printed).
Error.stackTraceLimit = 0;
console.log('%O', Object());
console.log('%O', new Object());
console.log('%O', Object(null));
console.log('%O', Object("ab"));
console.log('%O', Object(true));
console.log('%O', (() => { const o = {}; return Object(o) === o; })());
console.log('%O', Object.prototype.toString.call(undefined));
console.log('%O', Object.prototype.toString.call(null));
console.log('%O', Object.prototype.toString.call(1));
console.log('%O', Object.prototype.toString.call("s"));
console.log('%O', Object.prototype.toString.call(true));
console.log('%O', Object.prototype.toString.call([]));
console.log('%O', Object.prototype.toString.call({}));
console.log('%O', Object.prototype.toString.call(function () {}));
console.log('%O', Object.prototype.toString.call(new Error("x")));
console.log('%O', Object.prototype.toString.call(Math));
console.log('%O', Object.prototype.toString.call(JSON));
console.log('%O', Object.prototype.toString.call(new Number(1)));
console.log('%O', Object.prototype.toString.call(Object.create(null)));
console.log('%O', ({ a: 1 }).hasOwnProperty("a"));
console.log('%O', ({ a: 1 }).hasOwnProperty("toString"));
console.log('%O', [1].hasOwnProperty(0));
console.log('%O', [1].hasOwnProperty("length"));
console.log('%O', "abc".hasOwnProperty(1));
try { Object.prototype.hasOwnProperty.call(null, "x"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Object.prototype.isPrototypeOf([]));
console.log('%O', Array.prototype.isPrototypeOf({}));
console.log('%O', [1].propertyIsEnumerable(0));
console.log('%O', [1].propertyIsEnumerable("length"));
console.log('%O', ({}).toLocaleString());
console.log('%O', (() => { const o = {}; return o.valueOf() === o; })());
console.log('%O', Object.keys({ b: 1, a: 2, 1: 3, 0: 4 }));
console.log('%O', Object.keys("ab"));
console.log('%O', Object.keys([4, , 5]));
console.log('%O', Object.values({ a: 1, b: "x" }));
console.log('%O', Object.entries({ a: 1, b: [2] }));
try { Object.keys(null); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Object.assign({ a: 1 }, { b: 2 }, null, { a: 3 }));
console.log('%O', Object.create(null));
try { Object.create(1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Object.create({ x: 1 }, { y: { value: 2, enumerable: true } }));
console.log('%O', Object.getPrototypeOf([]) === Array.prototype);
console.log('%O', Object.getPrototypeOf(Object.prototype));
console.log('%O', Object.getPrototypeOf(1) === Number.prototype);
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { (() => { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); })(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Object.defineProperty({}, "x", { value: 1 }));
console.log('%O', Object.defineProperty({}, "x", { value: 1, enumerable: true }));
console.log('%O', Object.defineProperty({}, "x", { get: () => 1, enumerable: true }));
console.log('%O', Object.defineProperty({}, "x", { get: () => 1, enumerable: true }).x);
try { Object.defineProperty(1, "x", {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "x", 1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "x", { get: 1 }); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "x", { get: () => 1, value: 2 }); } catch (e) { console.log(e.name + ": " + e.message); }
try { (() => { const o = Object.defineProperty({}, "x", { value: 1 }); Object.defineProperty(o, "x", { value: 2 }); })(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', (() => { const o = Object.defineProperty({}, "x", { value: 1, writable: true }); Object.defineProperty(o, "x", { value: 2 }); return Object.getOwnPropertyDescriptor(o, "x"); })());
console.log('%O', Object.getOwnPropertyDescriptor({ a: 1 }, "a"));
console.log('%O', Object.getOwnPropertyDescriptor([], "length"));
console.log('%O', Object.getOwnPropertyDescriptor({}, "a"));
console.log('%O', Object.getOwnPropertyDescriptor("ab", 0));
console.log('%O', Object.getOwnPropertyNames([1, 2]));
console.log('%O', Object.getOwnPropertyNames("ab"));
console.log('%O', Object.is(NaN, NaN));
console.log('%O', Object.is(0, -0));
console.log('%O', Object.isExtensible(Object.preventExtensions({})));
console.log('%O', ({}).__proto__ === Object.prototype);
console.log('%O', (() => { const o = {}; o.__proto__ = Array.prototype; return Array.prototype.isPrototypeOf(o); })());
console.log('%O', Object.keys(Object.prototype));
console.log('%O', Object.getOwnPropertyNames(Object.prototype));
console.log('%O', Object.prototype.constructor === Object);
console.log('%O', Object.getOwnPropertyDescriptor(Object, "prototype"));
console.log('%O', Object.getOwnPropertyDescriptor(globalThis, "NaN"));
console.log('%O', Object.getOwnPropertyDescriptor(Math, "PI"));
console.log('%O', Object.getOwnPropertyDescriptor(Array.prototype, "push"));
console.log('%O', Math.max.name);
console.log('%O', Math.max.length);
console.log('%O', parseInt.length);
console.log('%O', Function.prototype.toString.call(Math.max));
console.log('%O', String(Object));
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Math.max.call(null, 1, 5, 2));
console.log('%O', Math.max.apply(null, [1, 5, 2]));
console.log('%O', Math.max.apply(null));
try { Math.max.apply(null, 1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Math.max.apply(null, { length: 2, 0: 7, 1: 3 }));
console.log('%O', Math.max.bind(null, 10)(1, 2));
console.log('%O', Math.max.bind(null, 10).name);
console.log('%O', Math.max.bind(null, 1, 2, 3).length);
console.log('%O', Math.max.bind());
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', new (Array.bind(null, 3))());
console.log('%O', String.prototype.slice.call.name);
console.log('%O', new Error("m"));
console.log('%O', Error("m").name);
console.log('%O', String(new Error("m")));
console.log('%O', new TypeError("m"));
console.log('%O', TypeError("m").name);
console.log('%O', String(new TypeError("m")));
console.log('%O', new RangeError("m"));
console.log('%O', RangeError("m").name);
console.log('%O', String(new RangeError("m")));
console.log('%O', new ReferenceError("m"));
console.log('%O', ReferenceError("m").name);
console.log('%O', String(new ReferenceError("m")));
console.log('%O', new SyntaxError("m"));
console.log('%O', SyntaxError("m").name);
console.log('%O', String(new SyntaxError("m")));
console.log('%O', new EvalError("m"));
console.log('%O', EvalError("m").name);
console.log('%O', String(new EvalError("m")));
console.log('%O', new URIError("m"));
console.log('%O', URIError("m").name);
console.log('%O', String(new URIError("m")));
console.log('%O', new Error().message);
console.log('%O', new Error().hasOwnProperty("message"));
console.log('%O', new Error(undefined).hasOwnProperty("message"));
console.log('%O', new Error(42).message);
console.log('%O', new Error("x").stack);
console.log('%O', new TypeError().stack);
console.log('%O', Object.getOwnPropertyNames(new Error("a", { cause: 1 })));
console.log('%O', new Error("a", { cause: 1 }).cause);
try { Error.prototype.toString.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Error.prototype.toString.call({ name: "N", message: "M" }));
console.log('%O', Error.prototype.toString.call({ message: "M" }));
console.log('%O', Error.prototype.toString.call({ name: "", message: "M" }));
console.log('%O', Error.prototype.toString.call({ name: "N", message: "" }));
console.log('%O', Object.getPrototypeOf(TypeError) === Error);
console.log('%O', Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log('%O', Error.prototype.message);
console.log('%O', RangeError.prototype.name);
console.log('%O', Error.length);
console.log('%O', (() => { const o = {}; Error.captureStackTrace(o); return o.stack; })());
console.log('%O', JSON.stringify({ a: [1, { b: 2 }], c: "x" }));
console.log('%O', JSON.stringify({ a: [1, { b: 2 }], c: "x" }, null, 2));
console.log('%O', JSON.stringify([undefined, () => 1, NaN, -0, Infinity]));
console.log('%O', JSON.stringify([undefined, () => 1, NaN, -0, Infinity], null, 2));
console.log('%O', JSON.stringify("\u2028\ud800\n\"\u007f\u0001"));
console.log('%O', JSON.stringify("\u2028\ud800\n\"\u007f\u0001", null, 2));
console.log('%O', JSON.stringify({ u: undefined, f() {}, n: null }));
console.log('%O', JSON.stringify({ u: undefined, f() {}, n: null }, null, 2));
console.log('%O', JSON.stringify(new Number(3)));
console.log('%O', JSON.stringify(new Number(3), null, 2));
console.log('%O', JSON.stringify(new String("s")));
console.log('%O', JSON.stringify(new String("s"), null, 2));
console.log('%O', JSON.stringify([[]]));
console.log('%O', JSON.stringify([[]], null, 2));
console.log('%O', JSON.stringify({}));
console.log('%O', JSON.stringify({}, null, 2));
console.log('%O', JSON.stringify(undefined));
console.log('%O', JSON.stringify(undefined, null, 2));
console.log('%O', JSON.stringify({ toJSON() { return "tj"; } }));
console.log('%O', JSON.stringify({ toJSON() { return "tj"; } }, null, 2));
console.log('%O', JSON.stringify(1e21));
console.log('%O', JSON.stringify(1e21, null, 2));
console.log('%O', JSON.stringify("it's"));
console.log('%O', JSON.stringify("it's", null, 2));
console.log('%O', JSON.stringify({ a: 1, b: [1, 2] }, null, "--"));
console.log('%O', JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
console.log('%O', JSON.stringify({ a: 1, b: "x" }, (k, v) => typeof v === "number" ? v * 2 : v));
console.log('%O', JSON.stringify({ a: 1 }, null, 20));
try { (() => { const a = { x: 1 }; a.self = a; JSON.stringify(a); })(); } catch (e) { console.log(e.name + ": " + e.message); }
try { (() => { const b = { p: { q: [1, { r: {} }] } }; b.p.q[1].r.back = b.p; JSON.stringify(b); })(); } catch (e) { console.log(e.name + ": " + e.message); }
try { (() => { const c = { a: { b: { c: { d: { e: {} } } } } }; c.a.b.c.d.e.f = c; JSON.stringify(c); })(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\\u0041\\\\n\"}"));
console.log('%O', JSON.parse(" -0 "));
console.log('%O', JSON.parse("1E2"));
console.log('%O', JSON.parse("{\"__proto__\": 1}"));
try { JSON.parse("{\"a\":}"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{a:1}"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse(""); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1,2"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1,]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\":1,}"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("tru"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("\"abc"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("01"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("1."); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("-"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\" 1}"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("nul"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("\"\\\\x\""));
try { JSON.parse("123abc"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\":1}x"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("\"\\\\u12\""));
try { JSON.parse("1e"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("["); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\""); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\":"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\":1"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[\"a\""); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse(" x"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1,2,3,4,5,6,7,8,9,x]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[x,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1,2,3,4,5,6,7,8,9,1,2,3,x,4,5,6,7,8,9,1,2,3]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("{\"a\":1,"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1,"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("\"\\\\"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("trux"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("\"\\\\ud83d\\\\ude00\""));
try { JSON.parse("[-01]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse("[1.e1]"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("\"\\t\""));
try { JSON.parse(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', JSON.parse("[1,2]", (k, v) => typeof v === "number" ? v + 1 : v));
console.log('%O', JSON.parse('{"a":1,"b":2}', (k, v) => k === "a" ? undefined : v));
console.log('%O', typeof Function.prototype);
console.log('%O', Function.prototype());
