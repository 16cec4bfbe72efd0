// A load site goes 0 -> 1 on the first shape and 1 -> P on a second; stores transition shapes.
function Point(x, y) { this.x = x; this.y = y; }
function getX(p) { return p.x; }
let sum = 0;
for (let i = 0; i < 3; i++) sum += getX(new Point(i, 1));
sum += getX({y: 0, x: 10});
result = sum;
