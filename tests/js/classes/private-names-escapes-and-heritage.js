// A private name written with escapes is the same name (#\u{6F} is #o); a class's private
// names are not in scope in its own `extends` expression (only an enclosing class's are).
class C {
  #\u{6F} = 'o field';
  get() { return this.#o; }
  static has(x) { return #o in x; }
}
console.log(new C().get(), C.has(new C()), C.has({}));

class Outer {
  #secret = 'outer secret';
  static reveal(o) {
    class Inner extends class { read(x) { return x.#secret; } } {}
    return new Inner().read(o);
  }
}
console.log(Outer.reveal(new Outer()));

for (const source of ['class A extends class { x = this.#foo; } { #foo; }', 'class B { #\\u0000; }', 'class D { \\u0023f; }']) {
  try {
    eval(source);
    console.log('accepted', source);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
