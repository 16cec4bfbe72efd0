// Shorthand methods use this, can be called via brackets, and print with their key as name.
var calc = {
  value: 0,
  add(n) { this.value += n; return this; },
  "sub"(n) { this.value -= n; return this; },
  [`mul`](n) { this.value *= n; return this; },
  42() { return "numeric method name"; }
};
console.log(calc.add(5).sub(1).mul(3).value, calc[42](), calc["sub"]);
console.log(calc);
