// Pattern bindings captured by closures live in the context and keep updating.
function counter({start = 0, step = 1} = {}) {
  let [value] = [start];
  return () => (value += step);
}
const c = counter({start: 10, step: 5});
c();
console.log(c());
function make() {
  const {a, b: [c1]} = {a: 'A', b: ['C']};
  return () => a + c1;
}
console.log(make()());
