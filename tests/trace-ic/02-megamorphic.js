// A load site sees five shapes: 0 -> 1 -> P -> N; later shapes change nothing.
function get(o) { return o.v; }
const objects = [{v: 1}, {a: 0, v: 2}, {b: 0, v: 3}, {c: 0, v: 4}, {d: 0, v: 5}, {e: 0, v: 6}];
let total = 0;
for (let i = 0; i < objects.length; i++) total += get(objects[i]);
result = total;
