// node's `global` is the global object itself, enumerable and writable; globalThis is tagged "global".
console.log(typeof global, global === globalThis, Object.keys(globalThis).includes("global"));
global.fromGlobal = 5;
console.log(fromGlobal, globalThis.fromGlobal);
var declared = 1;
console.log(typeof global.declared, Object.prototype.toString.call(global), String(globalThis));
const d = Object.getOwnPropertyDescriptor(globalThis, "global");
console.log(d.writable, d.enumerable, d.configurable);
