// Symbol(): typeof, description, toString, identity, String(sym).
const a = Symbol('foo');
const b = Symbol('foo');
const c = Symbol();
console.log(typeof a, typeof Symbol.iterator);
console.log(a === a, a === b, a == b);
console.log(a.description, c.description, Symbol('').description);
console.log(a.toString(), c.toString(), String(a), String(c));
console.log(Symbol(42).description, Symbol(null).description, Symbol(undefined).description);
console.log(a.valueOf() === a, Object(a) == a, typeof Object(a));
console.log(!!a, !a, a ? 'truthy' : 'falsy');
console.log(Symbol.length, Symbol.name);
