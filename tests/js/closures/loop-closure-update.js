// Per-iteration let bindings are copied into the next iteration before the update expression runs.
var getters = [], setters = [];
for (let i = 0; i < 3; i++) {
  getters.push(function () { return i; });
  setters.push(function (v) { i = v; });
}
setters[0](100);
console.log(getters[0](), getters[1](), getters[2]());
var seen = [];
for (let i = 0; i < 5; i++) {
  seen.push(function () { return i; });
  if (i === 1) i = 3;
}
console.log(seen.length, seen[0](), seen[1](), seen[2]());
