// super in static methods refers to the parent class; statics are inherited.
class Base {
  static create() { return new this(); }
  static describe() { return 'Base.describe on ' + this.name; }
}
class Child extends Base {
  static describe() { return 'Child -> ' + super.describe(); }
}
console.log(Child.describe(), Child.create() instanceof Child, Base.create() instanceof Child);
console.log(Object.getPrototypeOf(Child) === Base, Child.hasOwnProperty('create'));
