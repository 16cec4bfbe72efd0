// A static member named prototype: SyntaxError.
class A {
  static prototype() {}
}
