// super.m() and super.x: the home object from the context, GetNamedPropertyFromSuper, CallAnyReceiver with this.
// filter: m
class A { m() { return 1; } }
class B extends A {
  m() { return super.m() + super.x; }
}
new B().m();
