// A thenable (an object with a then method) costs the extra job NewPromiseResolveThenableJob:
// its then is called one tick after the await, and the function resumes one tick later.
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};
async function f() {
  console.log('before await');
  const v = await thenable;
  console.log('resumed with', v);
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'))
  .then(() => console.log('tick 3')).then(() => console.log('tick 4'));
