// Nesting deeper than two levels below the top prints [Object] / [Array]; multi-line nesting indents by two.
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[[1]]]]]);
console.log({ x: [{ y: [{ z: 1 }] }] });
var wide = { level1: { alpha: "aaaaaaaaaaaa", beta: "bbbbbbbbbbbbb", gamma: { deep: "dddddddddddd", deeper: { z: 1 } } } };
console.log(wide);
console.log([{ name: "alice", tags: ["a", "b"] }, { name: "bob", tags: [] }]);
