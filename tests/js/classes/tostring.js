// Function.prototype.toString of a class is the whole class source text.
class Foo {
  constructor(a) { this.a = a; }
  m() { return 1; }
}
console.log(Foo.toString());
console.log(String(class {}));
console.log(Foo.prototype.m.toString());
