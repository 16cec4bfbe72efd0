// Destructuring assignments inside expressions: conditions, loops and sequences.
let a, b, i = 0;
const queue = [[1, 'x'], [2, 'y']];
while (i < queue.length && ([a, b] = queue[i++])) console.log(a, b);
let p, q;
const r = (([p] = [1]), ({q} = {q: 2}), p + q);
console.log(r);
