// Symbol wrapper objects and Symbol.prototype methods on wrappers and primitives.
const s = Symbol('w');
const w = Object(s);
console.log(typeof w, w instanceof Symbol, w.description, w.toString());
console.log(w.valueOf() === s, w == s);
console.log(Object.getPrototypeOf(s) === Symbol.prototype);
console.log(s.constructor === Symbol, s.constructor.name);
try { Symbol.prototype.toString.call({}); } catch (e) { console.log(e.message); }
console.log(Object.keys(w), Object.getOwnPropertyNames(Symbol.prototype).sort());
