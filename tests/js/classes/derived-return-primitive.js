// A derived constructor returning a non-undefined primitive is a TypeError.
class A {}
class B extends A {
  constructor() { super(); return 1; }
}
try { new B(); } catch (e) { console.log(e.name + ': ' + e.message); }
