// Touching this before super() in a derived constructor is a ReferenceError.
class A {}
class B extends A {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      console.log(e.name + ': ' + e.message);
    }
    super();
    this.x = 2;
  }
}
console.log(new B().x);
