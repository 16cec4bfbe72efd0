// Sites warmed up on one shape stay correct when the receiver later gains a property, loses
// one (dictionary mode), or is replaced by an object of another order; the same output in
// every mode, and node prints the same.
function get(o) { return o.x + o.y; }
function set(o, v) { o.x = v; }
const objs = [];
for (let i = 0; i < 4; i++) objs.push({x: i, y: 10});
let sum = 0;
for (const o of objs) sum += get(o);
console.log('warm', sum);
objs[0].z = 1;
console.log('after adding z', get(objs[0]), %HaveSameMap(objs[0], objs[1]));
delete objs[1].x;
console.log('after delete', get(objs[1]), %HasFastProperties(objs[1]));
objs[1].x = 20;
console.log('re-added', get(objs[1]));
console.log('other order', get({y: 1, x: 2}));
for (const o of objs) set(o, 100);
console.log('stores', objs.map(o => o.x).join(','), get(objs[1]), get(objs[3]));
Object.defineProperty(objs[2], 'x', {value: 5, writable: false});
set(objs[2], 7);
console.log('read-only after warm-up', objs[2].x);
