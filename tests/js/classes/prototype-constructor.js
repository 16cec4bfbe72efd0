// Foo.prototype.constructor is Foo, non-enumerable; the prototype property is read-only.
class Foo {}
console.log(Foo.prototype.constructor === Foo, Object.keys(Foo.prototype));
const d = Object.getOwnPropertyDescriptor(Foo.prototype, 'constructor');
console.log(d.enumerable, d.writable, d.configurable);
Foo.prototype = {};
console.log(Foo.prototype.constructor === Foo);
