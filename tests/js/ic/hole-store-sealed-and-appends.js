// Stores that fill holes or append in place must still refuse where the ordinary [[Set]]
// refuses: a sealed array's holes, an append to an array whose length is read-only, an
// append that a setter on the prototype chain intercepts. Each store site is warm (and
// optimized, in the tiering modes) before the refusing array arrives.
'use strict';

function fill(a, n, v) {
  for (let i = 0; i < n; i++) {
    a[i] = v;
  }
  return a;
}

function append(a, n, v) {
  for (let i = 0; i < n; i++) {
    a[a.length] = v + i;
  }
  return a;
}

for (let k = 0; k < 60; k++) {
  fill(new Array(5), 5, k % 2 === 0);
  fill(new Array(5), 5, k + 0.5);
  append([], 4, k);
}
console.log(fill(new Array(3), 3, true).join(','), fill(new Array(3), 3, 1.5).join(','), append([0], 3, 1).join(','));

const sealed = Object.seal(new Array(3));
try {
  fill(sealed, 3, false);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(sealed.length, Object.keys(sealed).length);

const fixedLength = [1, 2];
Object.defineProperty(fixedLength, 'length', { writable: false });
try {
  append(fixedLength, 1, 9);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(fixedLength.join(','));

let intercepted = [];
Object.defineProperty(Array.prototype, '2', {
  set(v) { intercepted.push(v); },
  configurable: true,
});
const viaSetter = append([10, 11], 2, 20);
console.log(viaSetter.length, viaSetter.join(','), 'setter saw', intercepted.join(','));
delete Array.prototype[2];
console.log(append([10, 11], 2, 20).join(','));

// Sloppy code: the same refusals are silent.
const sloppyFill = new Function('a', 'for (let i = 0; i < a.length; i++) a[i] = i; return a;');
const sealedSloppy = Object.seal(new Array(2));
for (let k = 0; k < 60; k++) sloppyFill(new Array(2));
console.log(sloppyFill(sealedSloppy).length, Object.keys(sealedSloppy).length);
