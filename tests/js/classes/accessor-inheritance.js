// Accessors are inherited and can be overridden; super reaches the parent's.
class A {
  constructor() { this._v = 1; }
  get v() { return this._v; }
  set v(x) { this._v = x; }
}
class B extends A {
  get v() { return super.v * 10; }
  set v(x) { super.v = x; }
}
class C extends A {}
const c = new C();
c.v = 5;
console.log(c.v, Object.keys(c));
const b = new B();
console.log(b.v);
