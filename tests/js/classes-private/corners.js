// corners of private members: destructuring targets, optional chains, template literals, a nested class with its own #x, static privates read through a subclass, brand errors of anonymous classes
class A {
  #x = 1; static #s = 3;
  static s() { return this.#s; }
  m() { [this.#x] = [5]; ({ a: this.#x } = { a: this.#x + 1 }); return this.#x; }
  opt(o) { return o?.#x; }
  nest() {
    const self = this;
    return new (class { #x = 99; get() { return [this.#x, self instanceof A]; } })().get();
  }
  tag() { return `${this.#x}`; }
}
const a = new A();
console.log(a.m(), a.opt(null), a.opt(a), a.nest(), a.tag(), A.s());
class B extends A {}
try { B.s(); } catch (e) { console.log(e.message); }
const K = class { #m() {} static t(o) { o.#m(); } };
try { K.t({}); } catch (e) { console.log(e.message); }
try { (class { #m() {} static t(o) { o.#m(); } }).t({}); } catch (e) { console.log(e.message); }
class G { static #c = 0; static inc() { return ++G.#c; } #v = G.inc(); get v() { return this.#v; } }
console.log(new G().v, new G().v);
class H { #a = 1; #b = this.#a + 1; static has(o) { return #a in o && #b in o; } }
console.log(H.has(new H()), String(Object.getOwnPropertyNames(new H())));
