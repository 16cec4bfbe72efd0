// Direct eval inside class members sees the class's own name, its private members and
// `this`; a static block or field initializer can eval too.
class Counter {
  #count = 0;
  static label = "Counter";
  increment(by) {
    eval("this.#count += by");
    return this;
  }
  get value() {
    return eval("this.#count");
  }
  describe() {
    return eval("Counter.label + ' at ' + this.#count + ', ' + (#count in this)");
  }
  static make() {
    return eval("new Counter()");
  }
}
const c = Counter.make().increment(2).increment(3);
console.log(c.value, c.describe());
class WithField {
  doubled = eval("21 * 2");
}
console.log(new WithField().doubled);
class Base {
  constructor(tag) {
    this.tag = tag;
  }
}
class Derived extends Base {
  constructor() {
    super(eval("'derived'"));
    eval("this.extra = this.tag.length");
  }
}
const d = new Derived();
console.log(d.tag, d.extra);
