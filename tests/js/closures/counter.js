// Closures keep their own copy of captured state and can read and write it.
function makeCounter() {
  var count = 0;
  return {
    inc: function () { return ++count; },
    dec: function () { return --count; },
    get: function () { return count; }
  };
}
var c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
function adder(n) { return function (x) { return x + n; }; }
var add5 = adder(5), add10 = adder(10);
console.log(add5(1), add10(1), adder(100)(1));
