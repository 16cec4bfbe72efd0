// A class without a constructor gets an empty one; length 0, instances are plain.
class Empty {}
const e = new Empty();
console.log(e, Empty.length, Object.keys(e), e.constructor === Empty);
class OnlyMethods { m() { return 1; } }
console.log(new OnlyMethods().m(), OnlyMethods.length);
