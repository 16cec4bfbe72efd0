// Object.freeze / seal / preventExtensions on objects and arrays, in sloppy code (silent) and
// strict code (TypeErrors in node's words), with ICs warmed up on the same shapes first.
function setX(o, v) { o.x = v; return o.x; }
for (let i = 0; i < 5; i++) setX({ x: 0 }, i);
const frozen = Object.freeze({ x: 1, nested: { y: 2 } });
console.log(setX(frozen, 42), Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
frozen.nested.y = 3; frozen.added = 1; delete frozen.x;
console.log(frozen, Object.getOwnPropertyDescriptor(frozen, "x"));
const sealed = Object.seal({ a: 1 });
sealed.a = 2; sealed.b = 3; delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const arr = Object.freeze([1, 2, 3]);
arr[0] = 9; arr[5] = 1; arr.length = 0;
console.log(arr, arr.length, Object.isFrozen(arr));
const sarr = Object.seal([1, 2]);
sarr[0] = 7; delete sarr[1]; sarr[2] = 3;
console.log(sarr, Object.isSealed(sarr));
const closed = Object.preventExtensions({ k: 1 });
closed.k = 2; closed.z = 1;
console.log(closed, Object.isExtensible(closed), Object.isFrozen(Object.preventExtensions({})));
(function () {
  "use strict";
  for (const attempt of [() => { frozen.x = 2; }, () => { closed.z = 1; }, () => { arr[0] = 1; },
                         () => { delete frozen.x; }, () => { arr.push(4); }, () => { sealed.q = 1; }]) {
    try { attempt(); console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
  }
})();
console.log(Object.isFrozen(1), Object.freeze("s"), Object.isFrozen({}));
