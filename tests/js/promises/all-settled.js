// Promise.allSettled waits for every input and describes each outcome.
Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3, new Promise((r) => setTimeout(() => r('t'), 5))])
  .then((results) => console.log(results));
Promise.allSettled([]).then((r) => console.log('empty', r));
Promise.allSettled(null).catch((e) => console.log(e.message));
