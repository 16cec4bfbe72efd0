// A class: CreateClosure for the constructor and each method, then CallRuntime [DefineClass] in the class scope.
function test() {
  class A {
    constructor(x) { this.x = x; }
    get double() { return this.x * 2; }
    m() { return 1; }
    static s() { return 2; }
  }
  return new A(1);
}
test();
