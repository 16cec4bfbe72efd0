// delete of a private member is an early SyntaxError
class A {
  #x = 1;
  m() { delete this.#x; }
}
