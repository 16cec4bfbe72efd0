// Plain objects: { key: value }, identifier keys unquoted, other keys quoted, line breaks when too long.
console.log({});
console.log({ a: 1, b: "x", c: true, d: null, e: undefined });
console.log({ "with space": 1, "dash-key": 2, valid_id: 3, $dollar: 4, "1abc": 5, 123: 6, "": 7 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 });
var big = {};
for (var i = 0; i < 12; i++) big["key" + i] = i;
console.log(big);
console.log({ longPropertyNameNumberOne: "some long value", longPropertyNameNumberTwo: "another long value" });
console.log({ list: [1, 2, 3, 4, 5, 6, 7, 8], name: "x" });
console.log({ nested: { a: 1, b: { c: 2 } }, arr: [1, [2, [3, [4]]]] });
