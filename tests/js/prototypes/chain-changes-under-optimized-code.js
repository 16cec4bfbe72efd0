// Prototype chains changed while code that read through them is running: optimized code reads
// a property found on a prototype without checking the chain again (it depends on the chain's
// validity cell), so every change below must reach the frames on the stack (a lazy deopt after
// the call that made it) and the code not yet running (marked, not entered again).

function Base() {}
Base.prototype.scale = 2;
Base.prototype.describe = function () { return "base"; };
function Point(x) { this.x = x; }
Point.prototype = Object.create(Base.prototype);

let step = 0;
// Changes the chain on some steps, from inside the callee of the hot function.
function change() {
  step++;
  if (step === 3000) Point.prototype.scale = 5;                 // shadows Base's
  if (step === 6000) delete Point.prototype.scale;              // uncovers it again
  if (step === 9000) Base.prototype.scale = 7;                  // same layout: a plain store
  if (step === 12000) Object.defineProperty(Base.prototype, "scale", { get() { return 11; } });
  return 1;
}

function area(p) {
  const before = p.x * p.scale;
  const added = change();
  return before + added + p.scale + p.describe().length;
}

let sum = 0;
const seen = [];
for (let i = 0; i < 15000; i++) {
  const r = area(new Point(i % 10));
  sum += r;
  if (i % 1000 === 0 || (i >= 2998 && i <= 3001)) seen.push(r);
}
console.log(sum, seen.join(" "));

// Recursion: every level reads the chain after its recursive call; the innermost level
// changes it, so all the frames above it on the stack leave their code one by one.
function Animal() {}
Animal.prototype.sound = "…";
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
function deep(d, n, breakAt) {
  const first = d.sound;
  if (n === breakAt) Dog.prototype.sound = "woof";
  const inner = n > 0 ? deep(d, n - 1, breakAt) : "";
  return first + d.sound + (inner ? "," + inner : "");
}
const d = new Dog();
for (let i = 0; i < 2000; i++) deep(d, 3, -1);
console.log(deep(d, 3, 0));
console.log(deep(d, 3, 0));

// The prototype itself replaced (setPrototypeOf) under a frame that loads through it.
function Cat() {}
Cat.prototype = Object.create(Animal.prototype);
const other = { sound: "meow" };
function swap(flag) { if (flag) Object.setPrototypeOf(Cat.prototype, other); return 0; }
function speak(c, flag) {
  const a = c.sound;
  swap(flag);
  return a + "/" + c.sound;
}
const c = new Cat();
let last = "";
for (let i = 0; i < 3000; i++) last = speak(c, i === 2500);
console.log(last, speak(c, false));
