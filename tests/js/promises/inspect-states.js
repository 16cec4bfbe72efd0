// console.log shows a promise's state as node's util.inspect does.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1, b: [1, 2] });
const rejected = Promise.reject(42);
rejected.catch(() => {});
const withProps = Promise.resolve('x');
withProps.label = 'tagged';
console.log(pending);
console.log(fulfilled);
console.log(rejected);
console.log(withProps);
console.log([Promise.resolve(1), Promise.resolve(undefined)]);
console.log({ nested: { deeper: Promise.resolve('deep') } });
class MyPromise extends Promise {}
console.log(MyPromise.resolve(3));
const chained = fulfilled.then(() => 'later');
console.log(chained);
setTimeout(() => console.log(chained), 0);
