// Many instances, method calls in a loop: results stay correct as ICs warm up.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  scale(k) { return new Vec(this.x * k, this.y * k); }
}
let sum = 0;
let v = new Vec(1, 2);
for (let i = 0; i < 2000; i++) {
  const w = new Vec(i, i + 1);
  sum += v.dot(w);
  if (i % 500 === 0) v = v.scale(2);
}
console.log(sum, v);
