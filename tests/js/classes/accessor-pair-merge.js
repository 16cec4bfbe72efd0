// A getter and a setter of the same name form one accessor property.
class T {
  get v() { return this._v; }
  set v(x) { this._v = x + 1; }
  static get s() { return 's-get'; }
  static set s(x) { T._s = x; }
}
const t = new T();
t.v = 1;
T.s = 9;
const d = Object.getOwnPropertyDescriptor(T.prototype, 'v');
console.log(t.v, T.s, T._s, typeof d.get, typeof d.set, d.enumerable);
