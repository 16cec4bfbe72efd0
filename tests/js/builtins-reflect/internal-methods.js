// Reflect's functions are the internal methods, with booleans where Object's throw.
const log = [];
const proto = { get g() { log.push("getter this=" + this.tag); return 1; }, set s(v) { log.push("setter this=" + this.tag + " v=" + v); } };
const o = Object.create(proto);
o.tag = "o";
const receiver = { tag: "receiver" };
console.log(Reflect.get(o, "g"), Reflect.get(o, "g", receiver), Reflect.get(o, "missing"));
console.log(Reflect.set(o, "s", 1), Reflect.set(o, "s", 2, receiver));
console.log(log.join("; "));
console.log(Reflect.set(o, "plain", 3, receiver), o.plain, receiver.plain);
const frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, "x", 2), Reflect.set(frozen, "y", 2), Reflect.defineProperty(frozen, "y", { value: 1 }));
console.log(Reflect.defineProperty({}, "z", { value: 1 }), Reflect.deleteProperty(frozen, "x"), Reflect.deleteProperty({ a: 1 }, "a"));
console.log(Reflect.has(o, "g"), Reflect.has(o, "nope"), Reflect.has([1], 0), Reflect.has([1], "length"));
const sym = Symbol("k");
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 3, [sym]: 4, 0: 5 }));
console.log(Reflect.ownKeys([7, 8]), Reflect.ownKeys((x) => x));
console.log(Reflect.getPrototypeOf(o) === proto, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
const cyclic = {};
console.log(Reflect.setPrototypeOf(Object.prototype, cyclic), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
const sealed = Object.preventExtensions({});
console.log(Reflect.isExtensible(sealed), Reflect.isExtensible({}), Reflect.preventExtensions(cyclic), Reflect.isExtensible(cyclic));
console.log(Reflect.getOwnPropertyDescriptor({ get q() { return 1; } }, "q").get.name, Reflect.getOwnPropertyDescriptor({}, "q"));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this; }, "s", []) instanceof String);
console.log(Reflect.apply(function () { return [].slice.call(arguments).join(); }, null, { length: 2, 0: "a", 1: "b" }));
class Base { constructor(v) { this.v = v; this.nt = new.target.name; } }
class Derived extends Base {}
const made = Reflect.construct(Base, [42], Derived);
console.log(made.v, made.nt, made instanceof Derived, Object.getPrototypeOf(made) === Derived.prototype);
console.log(Reflect.construct(Date, [0]).getTime(), Reflect.construct(Array, [3]).length);
function F() { this.made = true; }
F.prototype.kind = "F";
console.log(Reflect.construct(function () {}, [], F).kind);
const arr = [1, 2, 3];
console.log(Reflect.defineProperty(arr, "length", { value: 1 }), arr, Reflect.defineProperty(arr, "length", { value: -1 }.value === -1 ? { value: 0 } : {}));
console.log(Object.prototype.toString.call(Reflect), String(Reflect));
