// Generator methods in object literals and classes (static, computed, Symbol.iterator, private), with `this` and super.
const obj = {
  items: ["a", "b"],
  *each() {
    for (const i of this.items) yield i.toUpperCase();
  },
  *["comp" + "uted"]() {
    yield "computed";
  },
};
console.log([...obj.each()], [...obj.computed()]);
console.log(obj.each.name, obj.computed.name, typeof obj.each.prototype);

class Base {
  *values() {
    yield "base";
  }
}
class Range extends Base {
  #from;
  constructor(from, to) {
    super();
    this.#from = from;
    this.to = to;
  }
  *[Symbol.iterator]() {
    for (let i = this.#from; i <= this.to; i++) yield i;
  }
  *values() {
    yield* super.values();
    yield* this;
  }
  *#secret() {
    yield "private";
  }
  secrets() {
    return [...this.#secret()];
  }
  static *of(...xs) {
    yield* xs;
  }
}
const r = new Range(1, 4);
console.log([...r], [...r.values()], r.secrets(), [...Range.of(7, 8)]);
console.log(Math.max(...r), Array.from(r, (x) => x * x));
console.log(Object.getOwnPropertyNames(Range.prototype));
try {
  new obj.each();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
