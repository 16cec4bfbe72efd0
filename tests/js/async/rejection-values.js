// What an async function's promise is rejected with: a thrown Error, a thrown primitive, a
// rejected await, a TypeError from inside; and a synchronous throw still returns a promise.
async function throwsError() { throw new RangeError('range'); }
async function throwsValue() { throw 42; }
async function awaitsRejection() { await Promise.reject('rejected value'); }
async function typeError() { const o = undefined; return o.x; }
async function beforeAnyAwait() { null.f(); await 1; }
const results = [throwsError(), throwsValue(), awaitsRejection(), typeError(), beforeAnyAwait()];
console.log(results.map((p) => p instanceof Promise));
results.forEach((p, i) => p.catch((e) => console.log(i, e instanceof Error ? e.name + ': ' + e.message : e)));
