// Symbols as unique keys: a private-ish counter, shapes shared by objects with the same symbol keys.
const id = Symbol('id');
let next = 0;
function tag(o) { if (!(id in o)) o[id] = ++next; return o[id]; }
const a = {}, b = {};
console.log(tag(a), tag(b), tag(a));
const objs = [];
for (let i = 0; i < 5; i++) objs.push({ [id]: i, v: i * 2 });
let sum = 0;
for (let i = 0; i < 5; i++) sum += objs[i][id] + objs[i].v;
console.log(sum);
function read(o) { return o[id]; }
for (let i = 0; i < 20; i++) read(objs[i % 5]);
console.log(read(objs[3]), read({}), read({ [id]: 'x' }));
