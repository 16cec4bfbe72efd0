// Methods taken out of objects lose their receiver, as with a plain property read.
const counter = {n: 0, inc() { return ++this.n; }, name: 'c'};
const {inc, name} = counter;
console.log(name, typeof inc);
try { inc(); } catch (e) { console.log(e.constructor.name); }
const {push} = [];
console.log(push === Array.prototype.push);
