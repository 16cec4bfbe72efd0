// Symbol-keyed accessors and defineProperty with symbol keys.
const secret = Symbol('secret');
const o = {
  _v: 1,
  get [secret]() { return this._v * 10; },
  set [secret](v) { this._v = v; },
};
console.log(o[secret]);
o[secret] = 5;
console.log(o[secret], o);
const d = {};
Object.defineProperty(d, secret, { value: 42, writable: false, enumerable: true });
d[secret] = 1;
console.log(d[secret], Object.getOwnPropertyDescriptor(d, secret));
const frozen = Object.freeze({ [secret]: 1 });
frozen[secret] = 2;
console.log(frozen[secret], Object.isFrozen(frozen));
