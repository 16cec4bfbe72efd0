// A chain of then/catch: each promise made, settled and reacted to.
const p = Promise.resolve(1);
p.then(function double(v) { return v * 2; })
  .then(function fail(v) { throw new Error('at ' + v); })
  .catch(function recover(e) { console.log('caught', e.message); });
