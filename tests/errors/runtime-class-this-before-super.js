// `this` before super() in a derived constructor: ReferenceError at `this`.
class A {}
class B extends A { constructor() { this.x = 1; super(); } }
new B();
