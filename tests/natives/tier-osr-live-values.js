// On-stack replacement with every kind of value live at the loop header: %OptimizeOsr() has
// main, called once, continue at its loop's next back edge in code compiled for the loop, whose
// entry takes the interpreter frame's values: a small integer, a double, a string, an object,
// undefined, a function, the receiver, a parameter and a variable in a closure's context (the
// entry types the numbers the loop assigns from the frame's values behind checks; the rest
// enter tagged).
function main(limit) {
  let int = 1;
  let dbl = 0.5;
  let str = 's';
  let obj = { n: 0 };
  let undef;
  let fn = (x) => x * 2;
  let captured = 10;
  const bump = () => captured++;
  %OptimizeOsr();
  for (let i = 0; i < limit; i++) {
    int += i & 3;
    dbl += 0.25;
    if (i % 250 === 0) str += i;
    obj.n += fn(1);
    if (undef === undefined && i === limit - 1) undef = null;
    bump();
  }
  return [int, dbl, str, obj.n, undef, captured, typeof this].join(' ');
}
console.log(main(1000));
console.log(main.call({}, 10));

// The same at the top level: the script's own frame continues in OSR code.
let total = 0;
let label = 'top';
const point = { x: 1.5 };
%OptimizeOsr();
for (let j = 0; j < 500; j++) {
  total += j;
  point.x += 0.5;
}
console.log(label, total, point.x);
