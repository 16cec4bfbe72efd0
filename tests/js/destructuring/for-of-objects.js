// for-of with an object pattern head, with defaults and renaming.
const people = [{name: 'Ann', age: 30}, {name: 'Bob'}];
for (const {name, age = 'unknown', name: alias} of people) {
  console.log(name, age, alias);
}
for (var {length} of ['a', 'bb', 'ccc']) {}
console.log(length);
