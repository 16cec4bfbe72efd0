// Promise.all keeps input order, rejects with the first rejection, accepts plain values and any iterable.
const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([later('slow', 10), 'plain', Promise.resolve('fast')]).then((v) => console.log('all', v));
Promise.all([]).then((v) => console.log('empty', v));
Promise.all([Promise.reject(new Error('first')), Promise.reject(new Error('second'))]).catch((e) => console.log('rejected', e.message));
Promise.all(new Set([1, 2, 3])).then((v) => console.log('set', v));
Promise.all('ab').then((v) => console.log('string', v));
Promise.all(5).catch((e) => console.log(e.name + ': ' + e.message));
Promise.all().catch((e) => console.log(e.name + ': ' + e.message));
