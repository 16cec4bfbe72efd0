// A derived constructor that never calls super() throws when it returns.
class A {}
class B extends A {
  constructor() {}
}
try { new B(); } catch (e) { console.log(e.name + ': ' + e.message); }
class C extends A {
  constructor() { return { replaced: true }; }
}
console.log(new C());
class D extends A {
  constructor() { super(); return undefined; }
}
console.log(new D() instanceof D);
