// defineProperty, getOwnPropertyDescriptor(s), getOwnPropertyNames, freeze/isFrozen, propertyIsEnumerable.
const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
Object.defineProperty(o, 'hidden', { value: 2, writable: true });
Object.defineProperty(o, 'acc', { get() { return 3; }, enumerable: true, configurable: true });
console.log(o, Object.keys(o), Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertyDescriptor(o, 'ro'));
console.log(Object.getOwnPropertyDescriptor(o, 'acc'));
console.log(Object.getOwnPropertyDescriptor(o, 'nope'));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
o.ro = 5;
console.log(o.ro, o.propertyIsEnumerable('ro'), o.propertyIsEnumerable('hidden'));
const f = Object.freeze({ x: 1, inner: { y: 2 } });
f.x = 2; f.z = 3; f.inner.y = 3;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.inner), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('ab'));
try { Object.defineProperty(o, 'ro', { value: 9 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.name, e.message); }
