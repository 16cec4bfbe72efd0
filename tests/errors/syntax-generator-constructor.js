// A class constructor cannot be a generator method.
class A {
  *constructor() {}
}
