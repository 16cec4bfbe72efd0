// Getters and setters called from hot sites, inherited and own, with several receivers.
class Cell {
  constructor(v) { this._v = v; }
  get v() { return this._v; }
  set v(x) { this._v = x * 2; }
}
class Sub extends Cell {}
const cells = [new Cell(1), new Sub(2), new Cell(3)];
let s = 0;
for (let i = 0; i < 300; i++) {
  const c = cells[i % 3];
  c.v = i;
  s += c.v;
}
console.log(s, cells);
