// Resolving with a promise costs two extra jobs (NewPromiseResolveThenableJob, then its then), resolving with a value none.
const log = [];
new Promise((r) => r(Promise.resolve('p'))).then((v) => log.push('adopted ' + v));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
new Promise((r) => r('v')).then((v) => log.push('plain ' + v));
setTimeout(() => console.log(log.join(', ')), 0);
