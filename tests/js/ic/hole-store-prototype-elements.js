// A store into a hole of a holey array fills it in place only while nothing on the array's
// prototype chain has elements: a setter or a read-only element there must still be found,
// and adding one after the store site has warmed up must take effect at once.
'use strict';

function fill(a, n, v) {
  for (let i = 0; i < n; i++) {
    a[i] = v + i;
  }
  return a;
}

function kinds(v) {
  return [fill(new Array(4), 4, v), fill(new Array(4), 4, v + 0.5), fill(new Array(4), 4, 'x' + v)];
}

for (let k = 0; k < 50; k++) {
  kinds(k);
}
console.log(kinds(1).map((a) => a.join(',')).join(' | '));

// A setter for index 2 on Array.prototype: holes at 2 now go to it.
let seen = '';
Object.defineProperty(Array.prototype, '2', {
  set(v) { seen += ' ' + v; },
  get() { return 'from prototype'; },
  configurable: true,
});
const withSetter = kinds(10);
console.log(withSetter.map((a) => a.join(',')).join(' | '));
console.log('setter saw' + seen, 'own 2:', withSetter.map((a) => a.hasOwnProperty(2)).join(','));
delete Array.prototype[2];

// Back to no elements on the chain: holes fill in place again.
console.log(kinds(20).map((a) => a.join(',')).join(' | '));

// A read-only element on Object.prototype: a strict store into the hole throws.
Object.defineProperty(Object.prototype, '1', { value: 'ro', writable: false, configurable: true });
try {
  fill(new Array(3), 3, 7);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
delete Object.prototype[1];

// A non-extensible array: a hole cannot be filled (strict mode throws).
const frozenShape = Object.preventExtensions(new Array(2));
try {
  fill(frozenShape, 2, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(fill(new Array(3), 3, 100).join(','));
