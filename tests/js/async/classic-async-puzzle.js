// The classic ordering puzzle with async functions, run from a timer so its order is fixed.
setTimeout(() => {
  async function async1() {
    console.log('async1 start');
    await async2();
    console.log('async1 end');
  }
  async function async2() {
    console.log('async2');
  }
  console.log('script start');
  setTimeout(() => console.log('setTimeout'), 0);
  setImmediate(() => console.log('setImmediate'));
  async1();
  new Promise((resolve) => {
    console.log('promise1');
    resolve();
  }).then(() => console.log('promise2'));
  process.nextTick(() => console.log('nextTick'));
  console.log('script end');
}, 0);
