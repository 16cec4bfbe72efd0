// for-of over arrays visits holes as undefined, sees pushes during iteration, supports break.
var out = [];
for (var v of [1, , 3]) out.push(v);
console.log(out);
var arr = [1, 2, 3];
var visited = [];
for (const x of arr) { visited.push(x); if (x === 1) arr.push(4); }
console.log(visited);
var found;
for (let x of [5, 8, 13, 21]) { if (x % 2 === 0) { found = x; break; } }
console.log(found);
var nested = [[1, 2], [3], []];
var flat = [];
for (const inner of nested) for (const y of inner) flat.push(y);
console.log(flat);
var sum = 0;
for (var e of []) sum += 1;
console.log(sum);
let last;
for (last of ["a", "b"]) {}
console.log(last);
