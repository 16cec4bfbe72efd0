// Field initializers run in order, after the parent's constructor and before the rest of the child's.
const log = [];
function note(s) { log.push(s); return s; }
class Parent {
  p1 = note('parent field 1');
  constructor() { note('parent constructor'); }
  p2 = note('parent field 2');
}
class Child extends Parent {
  c1 = note('child field 1');
  constructor() {
    note('child before super');
    super();
    note('child after super');
  }
  static s = note('static field');
}
note('class defined');
new Child();
console.log(log);
