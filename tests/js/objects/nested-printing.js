// console.log of nested objects: depth > 2 collapses to [Object] / [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: 1 } } });
console.log({ l1: { l2: { l3: [1, 2] } } });
console.log({ l1: { l2: { l3: [] } } });
console.log({ l1: { l2: { l3: {} } } });
console.log([{ a: [{ b: 1 }] }]);
console.log([[[[]]]], [[[["deep"]]]]);
console.log({ arr: [[1, [2, [3]]]] });
