// Async functions as values: inspect, typeof, toString, length, name, prototype,
// constructors, and that they cannot be constructed.
async function f(a, b) { await a; }
const arrow = async (x) => x;
const obj = { async m() {}, async ['c' + 'k']() {}, async *g() {} };
class C { async m() {} static async s() {} async #p() {} }
console.log(f, arrow, obj.m, obj.ck, C.prototype.m, C.s);
console.log(typeof f, f.length, f.name, arrow.name, obj.ck.name);
console.log(f.toString());
console.log(obj.m.toString(), String(C.s));
console.log('prototype' in f, Object.prototype.hasOwnProperty.call(arrow, 'prototype'));
const AsyncFunction = Object.getPrototypeOf(f).constructor;
console.log(AsyncFunction.name, Object.prototype.toString.call(f), Object.getPrototypeOf(f)[Symbol.toStringTag]);
try { new f(); } catch (e) { console.log(e.constructor.name, e.message); }
const made = new AsyncFunction('a', 'return await a * 2');
made(21).then((v) => console.log('made', v, made.toString().split('\n')[0]));
console.log(f() instanceof Promise, Object.getPrototypeOf(f) === Function.prototype);
