// A second super() call: ReferenceError at the second `super`.
class A {}
class B extends A { constructor() { super(); super(); } }
new B();
