// a private name no enclosing class declares is an early SyntaxError
class A {
  #x = 1;
  m() { return this.#y; }
}
console.log("never runs");
