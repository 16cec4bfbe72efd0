// Any object with a callable then is adopted; its then runs in a job of its own, with resolve/reject that settle once.
const thenable = { then(resolve, reject) { console.log('then called', typeof resolve, typeof reject); resolve(1); resolve(2); reject(3); } };
Promise.resolve(thenable).then((v) => console.log('value', v));
console.log('sync after Promise.resolve(thenable)');
const throwing = { then() { throw new Error('then threw'); } };
Promise.resolve(throwing).catch((e) => console.log('caught', e.message));
const lateThrow = { then(resolve) { resolve('first'); throw new Error('ignored'); } };
Promise.resolve(lateThrow).then((v) => console.log('late', v));
const getterThrows = { get then() { throw new TypeError('getter'); } };
Promise.resolve(getterThrows).catch((e) => console.log('getter caught', e.name, e.message));
const notCallable = { then: 5 };
Promise.resolve(notCallable).then((v) => console.log('not callable then: fulfilled with the object', v));
