// node's TypeErrors for private members used on the wrong object: read, write, method and accessor brand checks, static brands, missing accessor halves
class A {
  #x = 1;
  static #s = 2;
  #m() {}
  get #g() { return 1; }
  set #h(v) {}
  static #sm() {}
  static try(name, f) {
    try {
      console.log(name, f());
    } catch (e) {
      console.log(name, e.constructor.name + ": " + e.message);
    }
  }
  static run(o) {
    A.try("read", () => o.#x);
    A.try("write", () => { o.#x = 1; });
    A.try("method", () => o.#m());
    A.try("getter", () => o.#g);
    A.try("set getter-only", () => { o.#g = 1; });
    A.try("get setter-only", () => o.#h);
    A.try("assign method", () => { o.#m = 1; });
    A.try("static field", () => o.#s);
    A.try("static method", () => o.#sm());
    A.try("update", () => o.#x++);
  }
}
for (const o of [{}, new A(), 1, undefined, null, A]) {
  console.log("--", String(o).slice(0, 20));
  A.run(o);
}
