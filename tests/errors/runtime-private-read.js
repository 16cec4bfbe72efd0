// reading a private field of an object whose class did not declare it: the TypeError and its JS stack
class A {
  #secret = 42;
  static reveal(o) {
    return o.#secret;
  }
}
console.log(A.reveal(new A()));
A.reveal({ secret: 1 });
