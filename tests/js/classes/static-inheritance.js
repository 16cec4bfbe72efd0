// Static members are inherited through the constructor's prototype chain.
class A {
  static who() { return 'A.who called on ' + this.name; }
}
A.counter = 10;
class B extends A {}
class C extends B {
  static who() { return 'C overrides; ' + super.who(); }
}
console.log(B.who(), C.who(), B.counter, C.counter);
B.counter = 20;
console.log(A.counter, B.counter, C.counter);
