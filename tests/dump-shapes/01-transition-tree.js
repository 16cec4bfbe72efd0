// The transition tree: {x} then {x, y} shared by two constructions, a branch for another
// order, a Point.prototype root of its own, and the dictionary object left out of the tree.
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(1, 2);
const q = new Point(3, 4);
const a = {x: 1};
a.y = 2;
const b = {y: 1};
b.x = 2;
const d = {x: 1, gone: 2};
delete d.gone;
result = p.x + q.y + a.y + b.x + d.x;
