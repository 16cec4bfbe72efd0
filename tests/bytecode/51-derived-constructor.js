// A derived constructor: GetSuperConstructor, ThrowIfNotSuperConstructor, Construct with new.target, this bound after ThrowSuperAlreadyCalledIfNotHole.
// filter: B
class A { constructor(x) { this.x = x; } }
class B extends A {
  constructor(x) {
    super(x);
    this.y = new.target;
  }
}
new B(1);
