// One call site sees several classes: overriding dispatches to each class's method.
class Shape { area() { return 0; } name() { return 'shape'; } }
class Rect extends Shape {
  constructor(w, h) { super(); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  name() { return 'rect'; }
}
class Circle extends Shape {
  constructor(r) { super(); this.r = r; }
  area() { return 3 * this.r * this.r; }
}
class Dot extends Shape {}
const shapes = [new Rect(2, 3), new Circle(2), new Dot(), new Rect(1, 1)];
let total = 0;
const names = [];
for (let round = 0; round < 100; round++) {
  for (let i = 0; i < shapes.length; i++) {
    total += shapes[i].area();
    if (round === 0) names.push(shapes[i].name());
  }
}
console.log(total, names);
