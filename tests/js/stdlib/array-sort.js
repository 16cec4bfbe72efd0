// sort: default string order, comparators, stability, undefined and holes last.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log(['b', 'a', 'C', 'B'].sort(), [true, false, 'x', 1].sort());
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cat', age: 30 },
  { name: 'dan', age: 25 }, { name: 'eve', age: 30 }, { name: 'fay', age: 20 },
];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.name).join(' '));
const many = [];
for (let i = 0; i < 50; i++) many.push({ key: i % 3, i });
many.sort((x, y) => x.key - y.key);
console.log(many.map(x => x.i).join(','));
console.log([3, undefined, 1, , 2].sort(), [3, undefined, 1, , 2].sort((a, b) => b - a));
const arr = [3, 1, 2];
console.log(arr.sort() === arr);
try { [1, 2].sort(5); } catch (e) { console.log(e.name, e.message); }
