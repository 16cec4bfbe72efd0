// Recursive algorithms on nested arrays and objects: flatten, depth, deep sum, tree traversal.
function flatten(a, out) { for (var i = 0; i < a.length; i++) { if (a[i] instanceof Array) flatten(a[i], out); else out.push(a[i]); } return out; }
console.log(flatten([1, [2, [3, [4, [5]]]], 6], []));
function depthOf(a) { var d = 0; for (var i = 0; i < a.length; i++) if (a[i] instanceof Array) { var x = depthOf(a[i]); if (x > d) d = x; } return d + 1; }
console.log(depthOf([1, [2, [3, [4]]]]));
var tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [{ v: 5, kids: [] }, { v: 6, kids: [] }] }] };
function sumTree(t) { var s = t.v; for (var i = 0; i < t.kids.length; i++) s += sumTree(t.kids[i]); return s; }
function preorder(t, out) { out.push(t.v); for (var i = 0; i < t.kids.length; i++) preorder(t.kids[i], out); return out; }
console.log(sumTree(tree), preorder(tree, []).join(" "));
var list = null;
for (var i = 5000; i > 0; i--) list = { v: i, next: list };
function len(l) { return l === null ? 0 : 1 + len(l.next); }
console.log(len(list));
