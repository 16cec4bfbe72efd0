// Stores that add properties (shape transitions), overwrite them, and meet getter-only or
// setter-bearing prototypes after the store ICs have cached a transition.
function make(x, y) { var o = {}; o.x = x; o.y = y; return o; }
var a = make(1, 2), b = make(3, 4);
console.log(a.x + a.y + b.x + b.y);
function setZ(o, v) { o.z = v; return o.z; }
for (var i = 0; i < 5; i++) setZ(make(i, i), i);
var proto = { get z() { return "getter"; }, set z(v) { this.seen = v; } };
var p = Object.create(proto);
p.x = 1; p.y = 2;
console.log(setZ(p, 9), p.seen, Object.keys ? Object.keys(p).join(",") : "");
function setX(o, v) { o.x = v; return o.x; }
for (var j = 0; j < 5; j++) setX({ x: 0 }, j);
var readOnlyProto = Object.create({ get x() { return "fixed"; } });
console.log(setX(readOnlyProto, 42));
var obj = { x: 1, y: 2 };
delete obj.x;
console.log(setX(obj, 7), obj.y, JSON ? JSON.stringify(obj) : "");
