// Classic constructor inheritance via F.prototype = new Base() and overriding methods.
function Shape(name) { this.name = name; }
Shape.prototype.area = function () { return 0; };
Shape.prototype.describe = function () { return this.name + " with area " + this.area(); };
function Rect(w, h) { this.name = "rect"; this.w = w; this.h = h; }
Rect.prototype = new Shape("proto");
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { this.name = "square"; this.w = s; this.h = s; }
Square.prototype = new Rect(0, 0);
var shapes = [new Shape("blob"), new Rect(2, 3), new Square(4)];
for (var i = 0; i < shapes.length; i++) console.log(shapes[i].describe());
var sq = shapes[2];
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape);
console.log(sq.constructor === Shape);
