// Promise.any's AggregateError has no JS frames, so node's header is its own internal line.
Promise.any([Promise.reject(1), Promise.reject(2)]);
