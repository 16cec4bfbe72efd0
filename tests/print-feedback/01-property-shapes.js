// Per-slot feedback: a polymorphic load with its two shapes, store transitions, call targets.
function Point(x, y) { this.x = x; this.y = y; }
function getX(p) { return p.x; }
let sum = 0;
for (let i = 0; i < 3; i++) sum += getX(new Point(i, 1));
sum += getX({y: 0, x: 10});
result = sum;
