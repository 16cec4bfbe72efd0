// Method, getter and setter functions have names; string and numeric keys work.
class K {
  plain() {}
  'with space'() { return 'spaced'; }
  42() { return 'num'; }
  get g() { return 1; }
  set s(v) {}
  static st() {}
}
const d = Object.getOwnPropertyDescriptor(K.prototype, 'g');
const s = Object.getOwnPropertyDescriptor(K.prototype, 's');
console.log(K.prototype.plain.name, K.st.name, d.get.name, s.set.name);
console.log(new K()['with space'](), new K()[42]());
console.log(Object.getOwnPropertyNames(K.prototype));
