// private instance and static fields: initializers in order, per-instance values, compound assignment and ++, invisible to reflection
class Counter {
  #count = 0;
  #step;
  static #instances = 0;
  label = "counter";
  constructor(step) {
    this.#step = step;
    Counter.#instances++;
  }
  increment() {
    this.#count += this.#step;
    return this.#count;
  }
  bump() {
    return [this.#count++, ++this.#count, this.#count--, this.#count];
  }
  static instances() {
    return Counter.#instances;
  }
  equals(other) {
    return this.#count === other.#count;
  }
}
const a = new Counter(2);
const b = new Counter(5);
console.log(a.increment(), a.increment(), b.increment(), Counter.instances());
console.log(a.bump(), a.equals(b), b.equals(b));
console.log(a, Object.keys(a), JSON.stringify(a), Object.getOwnPropertySymbols(a).length);
console.log(Object.getOwnPropertyNames(a), { ...a }, Object.assign({}, a));
const order = [];
class Ordered {
  a = order.push("a");
  #b = order.push("#b");
  c = order.push("c");
  #d = (order.push("#d"), this.#b + this.c);
  get d() { return this.#d; }
}
console.log(new Ordered().d, order.join(" "));
class Holder {
  #fn = function () { return "anonymous function named " + this.constructor.name; };
  #arrow = () => this.#fn.name;
  call() { return [this.#fn(), this.#arrow()]; }
}
console.log(new Holder().call());
const frozen = Object.freeze(new Counter(1));
console.log(frozen.increment(), Object.isFrozen(frozen));
