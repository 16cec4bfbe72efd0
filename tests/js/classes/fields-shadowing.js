// A field on the instance shadows a method or accessor of the same name on the prototype.
class A {
  value() { return 'method'; }
  get g() { return 'getter'; }
}
class B extends A {
  value = 'field';
}
const b = new B();
console.log(b.value, typeof A.prototype.value, new A().value());
class C extends A {
  g = 'own field';
}
console.log(new C().g, new A().g);
