// Arrows inside methods see the method's super, this and new.target.
class A {
  greet() { return 'A greets ' + this.name; }
}
class B extends A {
  constructor(name) {
    const init = () => super();
    init();
    this.name = name;
    this.made = (() => new.target === B)();
  }
  greet() {
    const f = () => super.greet() + ' (via arrow)';
    return f();
  }
}
const b = new B('bee');
console.log(b.greet(), b.made);
