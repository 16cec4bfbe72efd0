// Array.isArray, Array.from (array-likes, iterables, mapFn), Array.of.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('a'), Array.isArray(new Array(3)));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
console.log(Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from([1, 2], function (x) { return x * this.k; }, { k: 3 }));
console.log(Array.from('abc'), Array.from(new Set([3, 3, 4])), Array.from(new Map([[1, 'a']]).keys()));
console.log(Array.from({ length: 2, 0: 'x', 1: 'y', 2: 'ignored' }), Array.from(5), Array.from(true));
try { Array.from(null); } catch (e) { console.log(e.name, e.message); }
try { Array.from([1], 'notfn'); } catch (e) { console.log(e.name, e.message); }
