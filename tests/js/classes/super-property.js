// super.prop reads a property from the parent prototype with `this` as receiver.
class A {
  get tag() { return 'A:' + this.id; }
}
A.prototype.constant = 'from A.prototype';
class B extends A {
  constructor() { super(); this.id = 7; }
  get tag() { return 'B+' + super.tag; }
  read() { return [super.constant, super.missing, super['tag']]; }
}
const b = new B();
console.log(b.tag, b.read());
