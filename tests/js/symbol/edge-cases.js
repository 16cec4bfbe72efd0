// Symbols in console format specifiers, arrays, functions, accessor names, error messages and builtin prototypes.
const sym = Symbol('foo');
console.log('%s and %d', sym, 5);
console.log('%s', Symbol());
const a = [1]; a[sym] = 2; console.log(a);
const o = { get [sym]() { return 1; }, set [sym](v) {} };
console.log(Object.getOwnPropertyDescriptor(o, sym).get.name, Object.getOwnPropertyDescriptor(o, sym).set.name);
console.log([][Symbol.iterator].name, Symbol.iterator in [], Map.prototype[Symbol.iterator].name, Set.prototype.keys.name);
try { undefined[sym]; } catch (e) { console.log(e.message); }
try { null[sym] = 1; } catch (e) { console.log(e.message); }
try { sym in 5; } catch (e) { console.log(e.message); }
console.log(Object.entries({ [sym]: 1, a: 2 }));
const f = function () {}; f[sym] = 1; console.log(f);
console.log(new Map([[sym, sym]]), new Set([Symbol()]));
console.log(Object.getOwnPropertyNames(Map.prototype).sort(), Object.getOwnPropertySymbols(Map.prototype));
console.log(Object.getOwnPropertySymbols(String.prototype));
console.log(typeof Symbol.prototype[Symbol.toPrimitive]);
console.log("%d|%i|%f", Symbol("a"), Symbol("b"), Symbol("c"));
const acc = { get ['a' + 'b']() { return 1; } }; console.log(Object.getOwnPropertyDescriptor(acc, 'ab').get.name);
