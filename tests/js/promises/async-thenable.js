// A thenable that resolves later (from a timer) is adopted when it calls back; the chain waits for it.
const slow = { then(resolve) { setTimeout(() => resolve('from the timer'), 5); } };
Promise.resolve(slow).then((v) => console.log('adopted', v));
new Promise((resolve) => resolve(slow)).then((v) => console.log('also', v));
Promise.resolve().then(() => console.log('an unrelated job runs first'));
