// A derived constructor that returns without super(): ReferenceError.
class A {}
class B extends A { constructor() { } }
new B();
