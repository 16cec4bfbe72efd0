// A parameter default cannot read a later parameter's pattern names (they are in their TDZ).
function f({a = b}, {b}) { return a; }
try { f({}, {b: 1}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function g({b}, {a = b}) { return a; }
console.log(g({b: 'fine'}, {}));
