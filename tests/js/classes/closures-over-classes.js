// Class expressions inside closures capture the enclosing variables per call.
function makeCounterClass(start) {
  let shared = start;
  return class Counter {
    constructor() { this.id = shared++; }
    static peek() { return shared; }
  };
}
const C1 = makeCounterClass(10);
const C2 = makeCounterClass(100);
const a = new C1();
const b = new C1();
const c = new C2();
console.log(a.id, b.id, c.id, C1.peek(), C2.peek(), C1 === C2);
