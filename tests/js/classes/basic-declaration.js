// A class declaration with a constructor and methods: instances, methods on the prototype.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() {
    return this.x * this.x + this.y * this.y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
}
const p = new Point(3, 4);
console.log(p.norm2(), p.add(new Point(1, 1)));
console.log(p.hasOwnProperty('norm2'), Point.prototype.hasOwnProperty('norm2'));
console.log(typeof Point, Object.getPrototypeOf(p) === Point.prototype);
