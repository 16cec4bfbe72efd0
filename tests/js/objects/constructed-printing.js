// console.log of objects created with new F(): prefixed with the constructor name.
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
function Empty() {}
console.log(new Empty());
console.log([new Point(0, 0)], { p: new Point(3, 4) });
Point.prototype.norm = function () { return this.x * this.x + this.y * this.y; };
var p = new Point(3, 4);
console.log(p, p.norm());
