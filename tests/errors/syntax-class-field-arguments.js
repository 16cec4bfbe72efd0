// arguments in a class field initializer is an early SyntaxError.
class A {
  x = arguments;
}
