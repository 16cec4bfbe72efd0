// A throw inside a then handler with no catch ends the process once the microtasks have run.
Promise.resolve('v').then((v) => {
  console.log('handler', v);
  return null.property;
});
process.nextTick(() => console.log('tick first'));
