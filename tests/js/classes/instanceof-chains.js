// instanceof follows the prototype chain through several levels.
class A {}
class B extends A {}
class C extends B {}
const c = new C();
console.log(c instanceof C, c instanceof B, c instanceof A, c instanceof Object);
console.log(new A() instanceof B, new B() instanceof C);
console.log(Object.getPrototypeOf(C.prototype) === B.prototype, Object.getPrototypeOf(C) === B);
console.log(A.prototype.isPrototypeOf(c), B.prototype.isPrototypeOf(new A()));
