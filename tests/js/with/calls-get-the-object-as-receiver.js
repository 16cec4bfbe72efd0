// A function found on the with object is called with the object as `this` (V8's
// LoadLookupSlotForCall); one found elsewhere gets undefined (the global object when sloppy).
var counter = {
  count: 0,
  increment() {
    this.count++;
    return this === counter;
  },
  total(...amounts) {
    return this.count + amounts.reduce((a, b) => a + b, 0);
  },
};
function outside() {
  return this === globalThis;
}
with (counter) {
  console.log(increment(), increment(), outside());
  console.log(total(1, 2), total(...[10, 20]), increment?.());
  console.log((0, increment)()); // not a reference: no receiver
  try {
    noSuchMethod?.(); // unresolvable: a ReferenceError before `?.` looks at the value
  } catch (e) {
    console.log(e instanceof ReferenceError, e.message);
  }
}
console.log(counter.count);

// A closure made inside the body keeps the with object in its scope.
var makeGreeter;
with ({ greeting: 'hello', shout(s) { return s.toUpperCase() + '!'; } }) {
  makeGreeter = function (name) { return shout(greeting + ' ' + name); };
}
console.log(makeGreeter('with'));

// Calling a non-function found on the object.
try {
  with ({ notAFunction: 1 }) notAFunction();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
