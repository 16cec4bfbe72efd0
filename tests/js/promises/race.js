// Promise.race settles as the first input settles; an empty race stays pending forever.
const after = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms));
Promise.race([after('slow', 20), after('fast', 5)]).then((v) => console.log('race', v));
Promise.race([after('slow', 20), after('fast failure', 5, true)]).catch((v) => console.log('race rejected', v));
Promise.race([after('timer', 5), 'plain value']).then((v) => console.log('plain wins', v));
const never = Promise.race([]);
setTimeout(() => console.log('empty race', never), 30);
