// Captures across several nesting levels, including params and let in blocks.
function level1(a) {
  let b = a + 1;
  return function level2(c) {
    {
      let d = c * 2;
      return function level3(e) {
        return function level4() { return [a, b, c, d, e].join("-"); };
      };
    }
  };
}
console.log(level1(1)(2)(3)());
var fns = [];
for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    fns.push(() => i + "" + j);
  }
}
var out = [];
for (var k = 0; k < fns.length; k++) out.push(fns[k]());
console.log(out.join(","));
