// Exceptions thrown inside inlined callees unwind through their frames: err.stack shows every
// inlined frame as if nothing had been inlined (function names, Type.method, file:line:col),
// and the code keeps computing right values before and after.
class Point {
  constructor(x) { this.x = x; }
  check(limit) { if (this.x > limit) { throw new RangeError('too far: ' + this.x); } return this.x & 3; }
}
function leaf(n) { if (n === 77777) { throw new Error('leaf ' + n); } return n & 7; }
function middle(n) { return leaf(n) + 1; }
function viaMethod(p, limit) { return p.check(limit) * 2; }
function hot(n, p, limit) { return middle(n) + viaMethod(p, limit); }
function frames(e) {
  return e.stack.split('\n').filter(function (l) {
    return l.indexOf('at ') < 0 || l.indexOf('stack-through-inlined.js') >= 0;
  }).map(function (l) {
    return l.indexOf('/') < 0 ? l : l.slice(0, l.indexOf('/')) + l.slice(l.lastIndexOf('/') + 1);
  }).join('\n');
}
let total = 0;
function run(count, scale, limit) {
  for (let i = 0; i < count; i++) {
    total += hot(i, new Point(i * scale), limit);
  }
}
try {
  run(100000, 1, 1000000);
} catch (e) {
  console.log(frames(e));
}
console.log(total);
try {
  run(100000, 2, 100000);
} catch (e) {
  console.log(frames(e));
}
console.log(total);
try {
  hot(77777, new Point(0), 10);
} catch (e) {
  console.log(frames(e));
}
