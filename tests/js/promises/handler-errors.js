// A handler's throw rejects the derived promise; its return value resolves it, thenables included.
Promise.resolve(1)
  .then((v) => { throw new Error('from handler ' + v); })
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.message); return Promise.resolve('from a promise'); })
  .then((v) => { console.log(v); return { then(r) { r('from a thenable'); } }; })
  .then((v) => console.log(v));
const self = Promise.resolve().then(() => self);
self.catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve().then(() => null.x).catch((e) => console.log(e.message));
