// A class can extend an ES5 constructor function.
function Legacy(x) {
  this.x = x;
}
Legacy.prototype.getX = function () { return this.x; };
Legacy.helper = function () { return 'helper'; };
class Modern extends Legacy {
  constructor(x, y) {
    super(x);
    this.y = y;
  }
  sum() { return this.getX() + this.y; }
}
const m = new Modern(2, 3);
console.log(m.sum(), m instanceof Legacy, Modern.helper(), m);
