// A derived class's fields are defined right after super() returns.
class Base {
  base = 'b';
  constructor() { this.seenDerivedField = this.derived; }
}
class Derived extends Base {
  derived = 'd';
  constructor() {
    super();
    this.afterSuper = this.derived;
  }
}
console.log(new Derived());
class Implicit extends Base { x = 1; }
console.log(new Implicit());
