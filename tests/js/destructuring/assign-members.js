// Assignment patterns can target properties and elements, not only names.
const o = {};
const arr = [];
let i = 1;
[o.first, arr[i], o['third']] = ['F', 'A1', 'T'];
console.log(o, arr);
({x: o.x, y: arr[0], z: o.nested = {}} = {x: 'X', y: 'Y'});
console.log(o, arr);
({...o.rest} = {p: 1, q: 2});
console.log(o.rest);
