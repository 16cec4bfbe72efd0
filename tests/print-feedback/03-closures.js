// Closures made at one site share one feedback vector: two closures of one function report once, with their invocations added up.
function makeGetter(name) {
  return function get(o) { return o[name]; };
}
const getA = makeGetter('a');
const getB = makeGetter('b');
getA({a: 1});
getA({a: 2, b: 0});
getB({b: 3});
result = getA({a: 4}) + getB({b: 5});
