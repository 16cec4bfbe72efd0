// Order: the target's object and key are evaluated before the value is read, then the store.
const log = [];
const target = {
  set p(v) { log.push('set p ' + v); },
};
function obj(name) { log.push('obj ' + name); return target; }
function key(k) { log.push('key ' + k); return k; }
const source = {
  get a() { log.push('get a'); return 1; },
  get b() { log.push('get b'); return 2; },
};
({a: obj('first').p, [key('b')]: obj('second').p} = source);
console.log(log.join('\n'));
