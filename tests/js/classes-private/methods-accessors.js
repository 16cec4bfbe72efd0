// private methods, getters and setters, instance and static: shared closures, `this` binding, super inside them, installed before fields
class Temperature {
  #celsius = 0;
  static #created = 0;
  constructor(c) {
    this.#celsius = c;
    Temperature.#created++;
  }
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  #format(unit) { return (unit === "F" ? this.#fahrenheit : this.#celsius) + unit; }
  static #check(t) { return t instanceof Temperature; }
  show() { return this.#format("C") + " / " + this.#format("F"); }
  warm(by) { this.#fahrenheit += by; return this; }
  sameMethod(other) { return this.#format === other.#format; }
  static created() { return Temperature.#check(new Temperature(1)) && Temperature.#created; }
}
const t = new Temperature(100);
console.log(t.show(), t.warm(18).show(), t.sameMethod(new Temperature(0)), Temperature.created());
class Base {
  greet() { return "base"; }
}
class Derived extends Base {
  #seen = this.#describe();
  #describe() { return "derived over " + super.greet(); }
  get seen() { return this.#seen; }
}
console.log(new Derived().seen);
const log = [];
class Order {
  #field = log.push("field sees method: " + typeof this.#method);
  #method() {}
}
new Order();
console.log(log);
class Chain {
  #next = null;
  #value;
  constructor(value, next) { this.#value = value; this.#next = next ?? null; }
  #sum() { return this.#value + (this.#next?.#sum() ?? 0); }
  total() { return this.#sum(); }
}
console.log(new Chain(1, new Chain(2, new Chain(3))).total());
const methodRef = new (class { #m() { return this; } get() { return this.#m; } })().get();
console.log(typeof methodRef, methodRef.name, methodRef.call(42));
