// catch is then(undefined, f); finally passes the value or reason through, unless it throws or rejects.
Promise.reject(new Error('e1')).catch((e) => 'recovered from ' + e.message).then((v) => console.log(v));
Promise.resolve('kept').finally(() => 'ignored').then((v) => console.log('finally passes', v));
Promise.reject('reason').finally(() => {}).catch((r) => console.log('finally passes rejection', r));
Promise.resolve('x').finally(() => { throw new Error('finally threw'); }).catch((e) => console.log(e.message));
Promise.resolve('x').finally(() => Promise.reject('finally rejected')).catch((e) => console.log(e));
Promise.resolve('slow').finally(() => new Promise((r) => setTimeout(r, 5))).then((v) => console.log('waited for', v));
Promise.resolve(1).finally().then((v) => console.log('finally without callback', v));
Promise.resolve(2).then(5, 6).then((v) => console.log('non-callable handlers pass through', v));
Promise.reject(3).then((v) => console.log('not called', v)).catch((r) => console.log('rejection passes then', r));
Promise.resolve().finally(function () { console.log('finally args', arguments.length); });
