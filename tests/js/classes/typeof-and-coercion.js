// Classes are functions: typeof, instances to string and number via methods.
class Money {
  constructor(c) { this.c = c; }
  toString() { return '$' + (this.c / 100); }
  valueOf() { return this.c; }
}
const m = new Money(250);
console.log(typeof Money, typeof m, String(m), m + 0, m > 100, `${m}`);
