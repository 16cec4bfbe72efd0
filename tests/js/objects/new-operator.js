// new creates an object, binds this, links the prototype, and respects object return values.
function Thing(name) { this.name = name; }
var t = new Thing("t");
console.log(t.name, t instanceof Thing);
function ReturnsObject() { this.ignored = true; return { replaced: true }; }
function ReturnsPrimitive() { this.kept = true; return 42; }
console.log(new ReturnsObject(), new ReturnsPrimitive());
function NoArgs() { this.v = "no parens"; }
console.log(new NoArgs().v, (new NoArgs).v);
var ns = { Inner: function () { this.kind = "inner"; } };
console.log(new ns.Inner().kind);
function Counter() { this.count = 0; this.inc = function () { this.count++; return this; }; }
var c = new Counter();
c.inc().inc();
console.log(c.count);
console.log(new Thing("x").constructor === Thing);
