// Computed keys are evaluated in order, once, and converted to property keys.
const log = [];
function key(k) { log.push('key ' + k); return k; }
const src = {a: 1, b: 2, 3: 'three', true: 'yes'};
const {[key('a')]: x, [key('b')]: y, [1 + 2]: three, [true]: t} = src;
console.log(x, y, three, t, log.join(', '));
