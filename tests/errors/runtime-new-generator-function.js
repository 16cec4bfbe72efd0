// A generator function is not a constructor.
function* g() {
  yield 1;
}
console.log("before");
new g();
