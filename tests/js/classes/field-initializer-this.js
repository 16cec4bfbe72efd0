// Field initializers see `this` (the new instance) and earlier fields, and run per instance.
let made = 0;
class Box {
  id = ++made;
  double = this.id * 2;
  self = this;
  describe = () => 'box ' + this.id;
}
const a = new Box();
const b = new Box();
console.log(a.id, b.id, a.double, b.double, a.self === a, b.describe(), a.describe.call(b));
