// var patterns are hoisted to the function; let and const patterns are block scoped.
function f() {
  console.log(typeof a, typeof b);
  if (true) {
    var [a, b] = [1, 2];
    let {c} = {c: 3};
    const [d] = [4];
    console.log(c, d);
  }
  console.log(a, b, typeof c, typeof d);
}
f();
