// Getters and setters in object literals and via Object.defineProperty, from hot loops.
const counter = {
  n: 0,
  get next() { return ++this.n; },
  set reset(v) { this.n = v; }
};
let s = 0;
for (let i = 0; i < 100; i++) s += counter.next;
counter.reset = 1000;
console.log(s, counter.next, Object.keys(counter));
const q = {};
Object.defineProperty(q, 'answer', { get: function () { return 42; }, enumerable: false });
let t = 0;
for (let i = 0; i < 50; i++) t += q.answer;
const child = Object.create(counter);
for (let i = 0; i < 10; i++) t += child.next;
console.log(t, q, child.n, counter.n);
