// Static methods live on the class, not on instances or the prototype.
class MathUtil {
  static square(x) { return x * x; }
  static cube(x) { return x * MathUtil.square(x); }
}
console.log(MathUtil.square(5), MathUtil.cube(3));
console.log(typeof new MathUtil().square, typeof MathUtil.prototype.square);
console.log(Object.getOwnPropertyNames(MathUtil));
