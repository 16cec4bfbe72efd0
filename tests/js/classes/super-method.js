// super.method() calls the parent's method with the current `this`.
class Shape {
  describe() { return 'shape with area ' + this.area(); }
  area() { return 0; }
}
class Square extends Shape {
  constructor(s) { super(); this.s = s; }
  area() { return this.s * this.s; }
  describe() { return 'square: ' + super.describe(); }
}
class Cube extends Square {
  describe() { return 'cube, base ' + super.describe() + ', parent area ' + super.area(); }
  area() { return 6 * super.area(); }
}
console.log(new Square(3).describe());
console.log(new Cube(2).describe());
