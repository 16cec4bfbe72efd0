// `new` of known constructors inlined into hot code: the object has the constructor's
// prototype and fields, a throw inside the constructor shows `at new Q` in err.stack, and
// values that break the constructor's speculation still give the right objects.
class P { constructor(x, y) { this.x = x; this.y = y; } norm() { return Math.sqrt(this.x * this.x + this.y * this.y); } }
function Q(a) { this.a = a; if (a === 99999) { throw new Error('q ' + a); } }
function make(i) { const p = new P(i, i + 1); const q = new Q(i); return p.norm() + q.a; }
let s = 0;
for (let i = 0; i < 50000; i++) {
  s += make(i);
}
console.log(s);
console.log(make(1.5), make('x'));
try {
  make(99999);
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).map(function (l) {
    return l.indexOf('/') < 0 ? l : l.slice(0, l.indexOf('/')) + l.slice(l.lastIndexOf('/') + 1);
  }).join(' | '));
}
const o = new P(3, 4);
console.log(o, o instanceof P, Object.getPrototypeOf(o) === P.prototype, new Q(5));
