// Instance fields are defined on each new object before the constructor body runs.
class Counter {
  count = 0;
  step = 1;
  label;
  constructor(step) {
    if (step !== undefined) this.step = step;
  }
  tick() { this.count += this.step; return this; }
}
const c = new Counter(5);
console.log(c.tick().tick(), Object.keys(c), 'label' in c);
console.log(new Counter());
