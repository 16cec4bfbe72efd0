// Promise.any fulfills with the first fulfillment, or rejects with an AggregateError of every reason in input order.
Promise.any([Promise.reject('a'), Promise.resolve('b'), Promise.resolve('c')]).then((v) => console.log('any', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject('y')]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message, e.errors.map(String));
  console.log(Object.getOwnPropertyNames(e));
});
Promise.any([]).catch((e) => console.log('empty', e.message, e.errors));
const agg = new AggregateError([1, 2], 'made by hand');
console.log(agg.name, agg.message, agg.errors, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
console.log(new AggregateError(new Set(['s'])).errors, 'message' in new AggregateError([]));
