// InterpreterLoopBenchmark's program: one kind of interpreter work per function. Run it
// under node --jitless for the comparison with V8's Ignition alone.
function intLoop() {
  let s = 0;
  for (let i = 0; i < 100000; i++) {
    s = (s + i * 3) | 0;
    if ((i & 7) === 3) s = s - 1;
  }
  return s;
}
function doubleLoop() {
  let x = 0.5, v = 0.25, e = 0;
  for (let i = 0; i < 30000; i++) {
    const a = -x * 0.01;
    v = v + a * 0.1;
    x = x + v * 0.1;
    e = e + x * x + v * v;
  }
  return e;
}
function Point(x, y) { this.x = x; this.y = y; }
const points = [];
for (let i = 0; i < 100; i++) points.push(new Point(i, i * 2));
function fields() {
  let s = 0;
  for (let k = 0; k < 200; k++) {
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      p.x = p.x + 1;
      s = (s + p.x + p.y) | 0;
    }
  }
  return s;
}
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
function add3(a, b, c) { return a + b + c; }
function calls() {
  let v = new Vec(1, 2);
  const w = new Vec(3, 4);
  let s = 0;
  for (let i = 0; i < 10000; i++) {
    s = (s + v.dot(w)) | 0;
    s = add3(s, i, 1) | 0;
    if ((i & 1023) === 0) v = v.add(w);
  }
  return s;
}
function makeCounter() {
  let n = 0;
  return function (d) { n = n + d; return n; };
}
function closures() {
  const c = makeCounter();
  const f = (x) => x * 2 + 1;
  let s = 0;
  for (let i = 0; i < 20000; i++) {
    s = (s + f(c(1))) | 0;
  }
  return s;
}
function arrays() {
  const n = 10000;
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(true);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (flags[i]) {
      count++;
      for (let j = i + i; j <= n; j += i) flags[j] = false;
    }
  }
  const a = [];
  for (let i = 0; i < 1000; i++) a.push(i * 1.5);
  let s = 0;
  for (let k = 0; k < 10; k++) for (let i = 0; i < a.length; i++) s += a[i];
  return count + s;
}
function strings() {
  let total = 0;
  for (let k = 0; k < 10; k++) {
    let s = '';
    for (let i = 0; i < 500; i++) {
      s += String.fromCharCode(97 + (i % 26));
      if (i % 50 === 0) s += '-' + i;
    }
    total += s.length + s.charCodeAt(k);
  }
  return total;
}
module.exports = { intLoop, doubleLoop, fields, calls, closures, arrays, strings };
