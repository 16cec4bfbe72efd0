// 'beforeExit' is emitted when the loop empties and may schedule more; 'exit' once, at the very end.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('scheduled by beforeExit', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timers set in exit never run'), 0);
  Promise.resolve().then(() => console.log('promise jobs queued in exit still run'));
});
console.log('main');
