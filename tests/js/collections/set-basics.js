// Set: add/has/delete/clear/size, dedup, keys/values/entries.
const s = new Set();
console.log(s.add(1) === s, s.add(2).add(1).size);
console.log(s.has(1), s.has(3), s.delete(1), s.delete(1), s.size);
s.add('x').add('y');
console.log([...s], [...s.keys()], [...s.values()], [...s.entries()]);
console.log(s.keys === s.values, s[Symbol.iterator] === s.values);
s.clear();
console.log(s, s.size);
const words = 'the cat and the hat and the bat'.split(' ');
const unique = new Set(words);
console.log(unique, unique.size, [...unique].join('-'));
