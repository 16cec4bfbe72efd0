// Resolving with a promise: the extra NewPromiseResolveThenableJob, then the adopted promise's reaction.
const inner = Promise.resolve('inner');
const outer = new Promise(function executor(resolve) { resolve(inner); });
outer.then(function show(v) { console.log('outer got', v); });
