// Direct eval code called in a method may use super.x: the method's home object (the static
// one in a static member), also from an arrow inside the eval code; `arguments` stays an
// early error in eval code called in a field initializer, and new.target in global code.
class Base {
  greet() { return 'base greet'; }
  static make() { return 'base make'; }
}
class Derived extends Base {
  field = eval('super.greet()');
  greet() { return eval('super.greet() + " via eval"'); }
  arrow() { return eval('() => super.greet()')(); }
  static make() { return eval('super.make()'); }
  argumentsInField = (() => { try { return eval('arguments'); } catch (e) { return e.constructor.name + ': ' + e.message; } })();
}
const d = new Derived();
console.log(d.field, '|', d.greet(), '|', d.arrow(), '|', Derived.make());
console.log(d.argumentsInField);

const object = {
  __proto__: { who() { return 'proto who'; } },
  who() { return eval('super.who()') + ' from the literal'; },
};
console.log(object.who());

function plain() { return eval('super.x'); }
try {
  plain();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  (0, eval)('new.target');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(typeof function () { return eval('new.target'); }());
