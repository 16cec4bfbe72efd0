// %DebugPrint of objects: shape, property slots with attributes, fast or dictionary, elements
// kind of an array, prototype.
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(1, 'two');
%DebugPrint(p);
const o = {a: 1, b: {c: 2}};
delete o.a;
%DebugPrint(o);
%DebugPrint([1, 2, 3]);
%DebugPrint([1.5, , 3]);
%DebugPrint(Object.create(null));
