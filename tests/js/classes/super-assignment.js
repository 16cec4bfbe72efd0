// super.x = v and super[k] = v assign through the parent prototype's setters, else define on this.
class A {
  set v(x) { this._v = 'A saw ' + x; }
}
class B extends A {
  setBoth() {
    super.v = 1;
    super.plain = 2;
    super['computed' + 1] = 3;
    return this;
  }
  bump() {
    super.counter = 10;
    super.counter += 5;
    return this.counter;
  }
}
const b = new B();
console.log(b.setBoth(), b.bump(), Object.keys(b));
