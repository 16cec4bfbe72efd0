// Class methods are non-enumerable: for-in and Object.keys see only instance data.
class P {
  constructor() { this.a = 1; }
  m() {}
  get g() { return 2; }
  static s() {}
}
const p = new P();
const seen = [];
for (const k in p) seen.push(k);
console.log(seen, Object.keys(P.prototype), Object.keys(P));
const desc = Object.getOwnPropertyDescriptor(P.prototype, 'm');
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(P, 'prototype'));
