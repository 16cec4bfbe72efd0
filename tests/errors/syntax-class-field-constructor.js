// A field named constructor: SyntaxError.
class A {
  constructor = 1;
}
