// Symbol.for and Symbol.keyFor: one symbol per key string in the global registry.
const a = Symbol.for('app.key');
const b = Symbol.for('app.key');
console.log(a === b, a.description, a.toString());
console.log(Symbol.keyFor(a), Symbol.keyFor(Symbol('app.key')), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for('app.key') === Symbol('app.key'));
console.log(Symbol.for().toString(), Symbol.keyFor(Symbol.for()));
const o = { [Symbol.for('x')]: 1 };
console.log(o[Symbol.for('x')]);
try { Symbol.keyFor('x'); } catch (e) { console.log(e.name, e.message); }
