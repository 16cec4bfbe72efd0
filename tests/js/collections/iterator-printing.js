// console.log of iterators: Map/Set iterators preview their remaining entries without advancing; others print their tag.
const m=new Map([[1,{a:1}],[2,2]]); const it=m.entries(); it.next(); console.log(it, new Map().keys(), new Set([1,2]).entries(), m.values()); const k=m.keys(); console.log([k]);
const s = new Set(['a', 'b']); const v = s.values(); v.next(); console.log(v, s.keys());
console.log([].values(), new Map([[1, 2]]).entries(), new Set([1]).values(), 'ab'[Symbol.iterator]());
console.log(Symbol.prototype, Map.prototype, Object.getPrototypeOf([][Symbol.iterator]()));
