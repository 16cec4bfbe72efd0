// super.x in object literal methods and accessors: the home object is the literal itself.
const base = {
  greet() { return 'base greets ' + this.name; },
  get kind() { return 'base kind'; }
};
const child = {
  __proto__: base,
  name: 'child',
  greet() { return 'child, then ' + super.greet(); },
  get kind() { return 'child of ' + super.kind; },
  later() { return [1].map(() => super.greet()); }
};
console.log(child.greet(), child.kind, child.later());
const other = { name: 'other', greet: child.greet };
Object.setPrototypeOf(other, { greet() { return 'other proto'; } });
console.log(other.greet());
function make(n) {
  return { __proto__: base, name: 'made' + n, greet() { return super.greet() + '!'; } };
}
console.log(make(1).greet(), make(2).greet());
