// A call as a for-in/of target parses (for the web's sake) and throws node's ReferenceError
// when the loop assigns to it, after the call.
function f() {
  console.log("f called");
}
for (f() of []) {}
console.log("an empty loop never assigns");
for (f() in { a: 1 }) {}
