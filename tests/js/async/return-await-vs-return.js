// `return p` resolves the async function's promise with a promise: two more ticks than
// `return await p`, whose await costs one and then resolves with a plain value.
const p = Promise.resolve('v');
async function direct() { return p; }
async function awaited() { return await p; }
async function plain() { return 'plain'; }
direct().then(() => console.log('return p'));
awaited().then(() => console.log('return await p'));
plain().then(() => console.log('return value'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'))
  .then(() => console.log('tick 3')).then(() => console.log('tick 4'));
