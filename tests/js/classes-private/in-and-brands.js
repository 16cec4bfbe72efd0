// `#x in obj` for fields, methods and accessors (own only, never the prototype chain), and each class evaluation making new private names
class Point {
  #x = 0;
  #norm() { return 0; }
  get #len() { return 0; }
  static is(o) { return [#x in o, #norm in o, #len in o]; }
}
const p = new Point();
console.log(Point.is(p), Point.is({}), Point.is(Object.create(p)), Point.is(Point));
function makeClass() {
  return class { #id = 1; static has(o) { return #id in o; } };
}
const A = makeClass();
const B = makeClass();
console.log(A.has(new A()), A.has(new B()), B.has(new B()));
class Stamper {
  constructor(o) { return o; }
}
class Stamp extends Stamper {
  #stamp = "stamped";
  static read(o) { return #stamp in o ? o.#stamp : "no stamp"; }
}
const plain = {};
new Stamp(plain);
console.log(Stamp.read(plain), Stamp.read({}), Object.keys(plain));
try {
  new Stamp(plain);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
class WithMethod extends Stamper {
  #m() {}
  static has(o) { return #m in o; }
}
const other = {};
new WithMethod(other);
console.log(WithMethod.has(other));
try {
  new WithMethod(other);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  Point.is(1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
