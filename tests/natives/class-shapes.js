// Instances of one class share a shape (fields and constructor stores in a fixed order);
// instances of two classes with the same fields do not (different prototypes); a subclass
// instance differs from its parent's; methods stay on the prototype, so instances stay fast.
// Node prints the same (checked with node --allow-natives-syntax).
class Point {
  x = 0;
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return this.x * this.x + this.y * this.y; }
}
class Other {
  x = 0;
  constructor(x, y) { this.x = x; this.y = y; }
}
class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
}
const a = new Point(1, 2);
const b = new Point(3, 4);
console.log('same class', %HaveSameMap(a, b));
console.log('other class, same fields', %HaveSameMap(a, new Other(1, 2)));
console.log('subclass', %HaveSameMap(a, new Point3(1, 2, 3)));
console.log('subclass instances', %HaveSameMap(new Point3(1, 2, 3), new Point3(4, 5, 6)));
console.log('fast instance', %HasFastProperties(a), 'fast prototype', %HasFastProperties(Point.prototype));
let s = 0;
for (let i = 0; i < 100; i++) s += new Point(i, 1).norm();
console.log(s);
