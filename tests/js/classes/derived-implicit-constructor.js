// A derived class without a constructor forwards every argument to the parent.
class Base {
  constructor(a, b, c) {
    this.args = [a, b, c];
    this.count = arguments.length;
  }
}
class Derived extends Base {}
const d = new Derived(1, 'two', 3, 4);
console.log(d.args, d.count, Derived.length, d instanceof Base, d instanceof Derived);
console.log(new Derived().count, new Derived(undefined).count);
