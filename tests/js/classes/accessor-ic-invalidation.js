// A getter cached by a load IC: redefining it on the prototype, or shadowing it, is seen at once.
class Thing {
  constructor(n) { this.n = n; }
  get label() { return 'thing ' + this.n; }
}
function read(t) { return t.label; }
const t = new Thing(1);
const out = [];
for (let i = 0; i < 20; i++) out.push(read(t));
Object.defineProperty(Thing.prototype, 'label', { get: function () { return 'redefined ' + this.n; }, configurable: true });
out.push(read(t));
Object.defineProperty(Thing.prototype, 'label', { value: 'now data', configurable: true });
out.push(read(t));
const own = new Thing(2);
Object.defineProperty(own, 'label', { get: function () { return 'own getter'; } });
out.push(read(own), read(t));
const plain = { get label() { return 'literal ' + this.k; }, k: 0 };
for (let i = 0; i < 5; i++) { plain.k = i; out.push(read(plain)); }
console.log(out.slice(18));
