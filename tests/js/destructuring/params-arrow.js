// Arrow functions with pattern parameters.
const pts = [{x: 1, y: 2}, {x: 3, y: 4}];
console.log(pts.map(({x, y}) => x + y));
const pairs = [[1, 'a'], [2, 'b']];
console.log(pairs.map(([n, s]) => s.repeat(n)).join(' '));
const withDefault = ({a = 10} = {}) => a;
console.log(withDefault(), withDefault({a: 1}));
const nested = ({p: [q]}) => q;
console.log(nested({p: ['Q']}));
