// extends null: the prototype has no parent; constructing needs an explicit object return.
class N extends null {
  constructor() { return Object.create(N.prototype); }
  hi() { return 'hi'; }
}
const n = new N();
console.log(Object.getPrototypeOf(N.prototype), n.hi(), n instanceof N);
class M extends null {}
try { new M(); } catch (e) { console.log(e.name + ': ' + e.message); }
