// Inside `with (o)`, a name is o's property if o has it (own or inherited), else the binding
// it would be outside; assignments go to the same place, and `var` initializers too.
var o = { x: 1, nested: { deep: 'd' } };
var x = 'outer x';
var onlyOutside = 'outside';
with (o) {
  console.log(x, onlyOutside, nested.deep);
  x = 2;               // o.x
  onlyOutside = 'set'; // the global
  var fresh = 3;       // a var of the script, o has no `fresh`
  var x = 4;           // o.x again: the initializer assigns through the with
}
console.log(o.x, x, onlyOutside, fresh, 'fresh' in o);

var proto = { inherited: 'from the prototype' };
with (Object.create(proto)) console.log(inherited);

// A property added while the body runs is found by the next lookup.
var late = 'global late';
var target = {};
with (target) {
  console.log(late);
  target.late = 'property late';
  console.log(late);
  delete late; // deletes the property, not the global
  console.log(late, 'late' in target);
}

// Nested withs: the inner object first.
with ({ a: 'outer a', b: 'outer b' }) {
  with ({ a: 'inner a' }) {
    console.log(a, b);
  }
}

// Compound assignment, ++ and typeof.
var counter = { n: 1 };
with (counter) {
  n += 10;
  n++;
  console.log(n, typeof n, typeof notDefinedAnywhere);
}
console.log(counter.n);

// Primitives are converted with ToObject; null and undefined throw.
with ('text') console.log(length, toUpperCase());
with (42) console.log(toFixed(1));
for (const v of [null, undefined]) {
  try {
    with (v) {}
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
try {
  with ({}) missingName;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
