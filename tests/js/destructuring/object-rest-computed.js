// Keys taken by computed and numeric properties are excluded from the rest object too.
const k = 'b';
const {[k]: b, 1: one, ...rest} = {a: 'A', b: 'B', 1: 'one', 2: 'two'};
console.log(b, one, rest);
