// new.target: the constructor `new` was applied to, undefined in a plain call.
function F() {
  return new.target === undefined ? 'called' : 'constructed ' + new.target.name;
}
console.log(F(), new F() instanceof F);
function G() { this.t = new.target; }
console.log(new G().t === G);
class A {
  constructor() { this.target = new.target.name; }
}
class B extends A {}
console.log(new A().target, new B().target);
