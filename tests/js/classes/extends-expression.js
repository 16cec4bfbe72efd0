// The extends clause takes any expression: a call, a conditional, a class expression.
function mixin(Base) {
  return class extends Base {
    mixed() { return 'mixed into ' + Base.name; }
  };
}
class Root { root() { return 'root'; } }
class Leaf extends mixin(Root) {}
const l = new Leaf();
console.log(l.mixed(), l.root(), l instanceof Root);
const flag = true;
class Pick extends (flag ? Root : Object) {}
console.log(new Pick().root());
class Direct extends class { hi() { return 'hi'; } } {}
console.log(new Direct().hi());
