// return in a static block is an early SyntaxError.
class A {
  static {
    return;
  }
}
