// Object.prototype: hasOwnProperty, propertyIsEnumerable, toString tags, isPrototypeOf, valueOf.
const o = { own: 1 };
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('toString'), 'toString' in o);
console.log(Object.prototype.hasOwnProperty.call([1], 0), Object.prototype.hasOwnProperty.call('ab', 'length'));
const ts = Object.prototype.toString;
console.log(ts.call({}), ts.call([]), ts.call(null), ts.call(undefined), ts.call(1), ts.call('s'), ts.call(true));
console.log(ts.call(function () {}), ts.call(new Error('e')), ts.call(Math), ts.call(JSON), ts.call(new Set()));
console.log(String({}), `${{ toString() { return 'custom'; } }}`, {} + '');
console.log(Object.prototype.isPrototypeOf.call(Array.prototype, []), o.valueOf() === o);
console.log([].propertyIsEnumerable('length'), [1].propertyIsEnumerable(0));
