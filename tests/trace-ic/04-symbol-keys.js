// Symbol keys go through the keyed ICs as names: monomorphic on one symbol, megamorphic on a second.
const tag = Symbol('tag');
function setTag(o, v) { o[tag] = v; }
function getTag(o) { return o[tag]; }
const a = {}, b = {};
setTag(a, 1);
setTag(b, 2);
let total = getTag(a) + getTag(b);
const other = Symbol('other');
function get(o, k) { return o[k]; }
total += get(a, tag);
a[other] = 3;
total += get(a, other);
result = total;
