// Computed field keys are evaluated once, in order with method keys, when the class is defined.
const order = [];
function key(k) { order.push(k); return k; }
let made = 0;
class Fields {
  [key('a')] = ++made;
  [key('m')]() { return 'method'; }
  static [key('s')] = 'static ' + made;
  [key('f')] = function () {};
  ['b' + 1];
}
const x = new Fields();
const y = new Fields();
console.log(order, x, y.a, Fields.s, x.f.name, x.m(), Object.keys(x));
