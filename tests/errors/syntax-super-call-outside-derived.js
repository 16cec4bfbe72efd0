// super() in a base class constructor: SyntaxError.
class A {
  constructor() { super(); }
}
