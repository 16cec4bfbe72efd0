// Math constants printed at full precision.
console.log(Math.PI, Math.E);
console.log(Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E);
console.log(Math.SQRT2, Math.SQRT1_2);
console.log(typeof Math, Math.PI === 3.141592653589793, Math.E * 2);
