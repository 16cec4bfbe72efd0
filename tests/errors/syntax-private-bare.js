// a private name alone is only allowed as the left side of `in`
class A {
  #x = 1;
  m() { return #x + 1; }
}
