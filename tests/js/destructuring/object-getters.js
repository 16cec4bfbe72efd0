// Each property is read once, in pattern order, through getters.
const log = [];
const src = {
  get a() { log.push('get a'); return 'A'; },
  get b() { log.push('get b'); return undefined; },
};
const {b = (log.push('default b'), 'B'), a} = src;
console.log(a, b);
console.log(log.join(', '));
