// Computed method and accessor keys are evaluated when the class is defined.
const prefix = 'get';
let order = [];
function key(k) { order.push(k); return k; }
class Dyn {
  [prefix + 'Name']() { return 'name'; }
  [key('a')]() { return 'a'; }
  static [key('b')]() { return 'b'; }
  get [key('c')]() { return 'c'; }
  [1 + 1]() { return 'two'; }
}
const d = new Dyn();
console.log(d.getName(), d.a(), Dyn.b(), d.c, d[2](), order);
console.log(Dyn.prototype.getName.name, Object.getOwnPropertyDescriptor(Dyn.prototype, 'c').get.name);
