// Well-known symbols: Symbol.iterator, Symbol.toStringTag on builtins and user objects.
console.log(Symbol.iterator, Symbol.iterator.description);
console.log(typeof Symbol.toPrimitive, typeof Symbol.hasInstance, typeof Symbol.toStringTag);
console.log(Symbol.iterator === Symbol.iterator, Symbol.iterator === Symbol('Symbol.iterator'));
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
console.log(typeof String.prototype[Symbol.iterator], typeof ''[Symbol.iterator]);
console.log(Object.prototype.toString.call(Symbol()), Object.prototype.toString.call(new Map()));
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(tagged), String(tagged));
console.log(Symbol.prototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(Symbol).includes('iterator'));
