// A getter named constructor: SyntaxError.
class A {
  get constructor() { return 1; }
}
