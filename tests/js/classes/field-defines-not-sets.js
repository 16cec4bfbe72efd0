// Fields are defined (not assigned): a parent's setter is not called.
let setterCalls = 0;
class A {
  set x(v) { setterCalls++; }
}
class B extends A {
  x = 1;
}
const b = new B();
b.x = 2;
console.log(b.x, setterCalls, Object.keys(b));
