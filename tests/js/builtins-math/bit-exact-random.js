// Math's transcendental functions agree with node to the last bit (V8 computes them with fdlibm
// and msun; so does Kindling, through StrictMath and FdLibm): 25 seeded pseudo-random points per
// function over several magnitudes. A double prints as the shortest decimal that reads back as
// it, so equal lines mean equal bits.
let seed = 12345;
const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const fns = ['pow', 'atan2', 'sin', 'cos', 'tan', 'exp', 'log', 'cbrt', 'log2', 'asinh', 'acosh', 'atanh', 'sinh', 'cosh', 'tanh', 'expm1', 'log1p', 'log10'];
for (const f of fns) {
  for (let i = 0; i < 25; i++) {
    const scale = [1, 10, 1000, 1e-5, 1e10][i % 5];
    let x = (rnd() * 2 - 1) * scale, y = (rnd() * 2 - 1) * [1, 10, 50][i % 3];
    if (f === 'pow') { x = Math.abs(x) * (i % 4 === 0 ? -1 : 1); if (i % 4 === 0) y = Math.round(y); }
    if (f === 'acosh') x = 1 + Math.abs(x);
    if (['log', 'log2', 'log10', 'cbrt'].includes(f)) x = Math.abs(x);
    if (f === 'atanh') x = x % 1;
    if (f === 'log1p') x = Math.abs(x) - 0.5;
    if (['sinh', 'cosh', 'exp', 'expm1'].includes(f)) x = x % 700;
    if (f === 'pow' || f === 'atan2') {
      console.log(`Math.${f}(${x}, ${y}) = ${Math[f](x, y)}`);
    } else {
      console.log(`Math.${f}(${x}) = ${Math[f](x)}`);
    }
  }
}
