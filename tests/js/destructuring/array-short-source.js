// More targets than elements: the extra targets get undefined (or their defaults).
const [a, b, c] = [1];
console.log(a, b, c);
const [d, [e, f] = [7, 8]] = [0];
console.log(d, e, f);
const [] = [1, 2, 3];
console.log('an empty pattern takes nothing');
