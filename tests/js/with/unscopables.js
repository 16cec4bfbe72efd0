// Symbol.unscopables lists the names a with statement must not take from its object
// (ECMA-262 §9.1.1.2.1 HasBinding): Array.prototype's hides keys, values, entries, ...
var keys = 'the outer keys';
var values = 'the outer values';
with ([10, 20, 30]) {
  console.log(keys, values, length, indexOf(20), typeof push);
}

var shown = 'outer shown', hidden = 'outer hidden';
var object = { shown: 'own shown', hidden: 'own hidden', [Symbol.unscopables]: { hidden: true } };
with (object) {
  console.log(shown, hidden);
  hidden = 'assigned';
}
console.log(hidden, object.hidden);

// A falsy entry does not hide, and the unscopables object is read on every lookup.
var reads = 0;
var dynamic = {
  p: 'property p',
  get [Symbol.unscopables]() {
    reads++;
    return { p: reads > 1 };
  },
};
var p = 'outer p';
with (dynamic) {
  console.log(p);
  console.log(p);
}
console.log(reads);
