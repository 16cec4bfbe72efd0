// Trigonometric, inverse and hyperbolic functions at exact points and common angles.
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(-0));
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.sin(Math.PI), Math.cos(Math.PI / 2));
console.log(Math.sin(1), Math.cos(1), Math.tan(1));
console.log(Math.asin(1), Math.acos(-1), Math.atan(1), Math.asin(2), Math.acos(1));
console.log(Math.atan2(1, 1), Math.atan2(-1, -1), Math.atan2(0, -1), Math.atan2(-0, -1), Math.atan2(0, 0));
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(0), Math.tanh(Infinity), Math.tanh(-Infinity));
console.log(Math.sinh(1), Math.cosh(1), Math.tanh(0.5));
console.log(Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.atanh(1), Math.acosh(0.5));
console.log(Math.sin(Infinity), Math.cos(NaN), Math.atan(Infinity), Math.atan(-Infinity));
