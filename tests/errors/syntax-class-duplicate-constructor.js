// Two constructors in one class: SyntaxError at the second.
class A {
  constructor() {}
  constructor(x) {}
}
