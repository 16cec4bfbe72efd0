// Field representations generalized after warm-up. A shape remembers, per field, whether the
// field has held only Smis, only numbers, or anything (V8's Representation: Smi → Double →
// Tagged), and optimized code reads a Smi field as an int32 and a Double field as a float64
// without checking the value. Every generalization below happens after the readers are hot,
// some from inside a callee while a reader's frame is on the stack: each must print what the
// interpreter prints, in every tier.

// 1. int → double → string, one constructor, the reader hot in between.
function Point(x, y) { this.x = x; this.y = y; }
function norm1(p) { return p.x + p.y; }
let sum = 0;
for (let i = 0; i < 5000; i++) sum += norm1(new Point(i, 1));
console.log("smi", sum);
for (let i = 0; i < 5000; i++) sum += norm1(new Point(i + 0.5, 1));
console.log("double", sum);
let text = "";
for (let i = 0; i < 3000; i++) {
  const r = norm1(new Point(i % 3 === 0 ? "s" + i : i, 2));
  if (i % 500 === 0) text += r + ",";
}
console.log("string", text);
console.log("mixed", norm1(new Point(1, 2)), norm1(new Point(0.25, 0.5)), norm1(new Point(null, 1)));

// 2. A callee generalizes the field the caller has just read, while the caller's frame is on
// the stack: the caller must read the field again as the new value, after the call.
function Box(v) { this.v = v; }
const boxes = [new Box(1), new Box(2), new Box(3)];
let round = 0;
function poke(b) {
  round++;
  if (round === 4000) b.v = 2.75;        // Smi → Double
  if (round === 8000) b.v = "seven";     // Double → Tagged
  return 1;
}
function readTwice(b) {
  const first = b.v * 2;
  const one = poke(b);
  return first + one + b.v;
}
let acc = 0;
const trace = [];
for (let i = 0; i < 12000; i++) {
  const r = readTwice(boxes[i % 3]);
  if (typeof r === "number") acc += r; else trace.push(r);
  if (i === 3999 || i === 4000 || i === 7999 || i === 8000) trace.push(String(r));
}
console.log("box", acc, trace.slice(0, 8).join("|"), trace.length);

// 3. Object literals: `{x: a}` and an object that gained x later share the shape of x.
function lit(a, b) { return { a: a, b: b }; }
function dot(o) { return o.a * o.b; }
let d = 0;
for (let i = 0; i < 4000; i++) d += dot(lit(i, 2));
console.log("literal smi", d);
for (let i = 0; i < 4000; i++) d += dot(lit(i / 4, 2));
console.log("literal double", d);
const fromEmpty = {};
fromEmpty.a = "x";
fromEmpty.b = 3;
console.log("literal shared", dot(fromEmpty), dot(lit(3, 4)), dot({ a: 1.5, b: 2 }), dot({ a: true, b: 5 }));

// 4. Two shapes sharing a transition: {p} → {p, q} and {p} → {p, r}. Generalizing p through one
// branch generalizes it for the other, whose reader assumed Smi.
function makeQ(v) { const o = {}; o.p = v; o.q = 1; return o; }
function makeR(v) { const o = {}; o.p = v; o.r = 2; return o; }
function readR(o) { return o.p + o.r; }
let s4 = 0;
for (let i = 0; i < 5000; i++) s4 += readR(makeR(i));
makeQ(0.5);                                   // p of {p} is Double now, for {p, r} too
for (let i = 0; i < 2000; i++) s4 += readR(makeR(i + 0.5));
makeQ({ toString() { return "obj"; } });
console.log("siblings", s4, readR(makeR("p")), readR(makeR(4)));

// 5. Stores from optimized code into a Smi field: the value must stay a Smi.
function Counter() { this.n = 0; }
function bump(c, by) { c.n = c.n + by; return c.n; }
const c = new Counter();
for (let i = 0; i < 5000; i++) bump(c, 1);
console.log("counter", c.n, bump(c, 0.5), bump(c, 1), bump(c, "!"), bump(c, 2));
const c2 = new Counter();
console.log("counter2", bump(c2, 3), bump(c2, 1e10), bump(c2, -1e10), bump(c2, -0), Object.is(c2.n, 0));

// 6. -0, NaN and large numbers through a Double field; Infinity through a Smi field.
function Num(v) { this.v = v; }
function half(n) { return n.v / 2; }
let h = 0;
for (let i = 0; i < 5000; i++) h += half(new Num(i));
const negZero = half(new Num(-0));
console.log("num", h, Object.is(negZero, -0), half(new Num(NaN)), half(new Num(2 ** 40)), half(new Num(Infinity)));
for (let i = 0; i < 3000; i++) h += half(new Num(i * 1.5));
console.log("num2", h, half(new Num(undefined)), half(new Num("8")));

// 7. Classes and subclasses: a field the base constructor makes, generalized by the subclass.
class Shape2 { constructor(w) { this.w = w; } area() { return this.w * this.w; } }
class Wide extends Shape2 { constructor(w) { super(w); this.h = 2; } area() { return this.w * this.h; } }
let a7 = 0;
for (let i = 0; i < 4000; i++) a7 += new Shape2(i % 7).area() + new Wide(i % 5).area();
new Wide(0.5);
for (let i = 0; i < 2000; i++) a7 += new Shape2(i % 7).area() + new Wide((i % 5) + 0.5).area();
console.log("classes", a7, new Wide("3").area(), new Shape2([4]).area());

// 8. Recursion: every level read the field before its recursive call; the innermost level
// generalizes it, so the frames above it leave their code one by one.
function Node2(v, next) { this.v = v; this.next = next; }
let list = null;
for (let i = 0; i < 20; i++) list = new Node2(i, list);
function total(n, depth) {
  if (n === null) return 0;
  const mine = n.v;
  const rest = total(n.next, depth + 1);
  if (depth === 19 && rest === 0) n.v = 0.5;
  return mine + rest + n.v;
}
let t8 = 0;
for (let i = 0; i < 300; i++) t8 += total(list, 0);
console.log("recursion", t8, total(list, 0));

// 9. A store site that saw two shapes with the field in one slot, one Smi, one Double: a double
// stored into the Smi one generalizes it, and a reader of that shape must see the double.
class IntBox { constructor(v) { this.v = v; } }
class NumBox { constructor(v) { this.v = v; } }
function setAndRead(o, value, reader) {
  o.v = value;
  return reader.v + 1;
}
const ib = new IntBox(1), nb = new NumBox(0.5);
let s9 = 0;
for (let i = 0; i < 6000; i++) {
  s9 += i % 2 === 0 ? setAndRead(ib, i, ib) : setAndRead(nb, i + 0.5, ib);
}
console.log("polymorphic store", s9, setAndRead(ib, 2.5, ib), setAndRead(ib, 3, ib), setAndRead(nb, "n", nb));
