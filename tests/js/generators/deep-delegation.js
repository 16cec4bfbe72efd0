// Deep delegation: a yield* chain thousands of generators deep resumes through every level; an endless one is a RangeError, as in node.
function* deep(n) { if (n > 0) yield* deep(n - 1); else yield "bottom"; }
for (const d of [100, 1000, 3000]) console.log(d, [...deep(d)]);
function* rec(n) { yield n; if (n > 0) for (const v of rec(n - 1)) yield v; }
let s = 0; for (const v of rec(500)) s += v; console.log(s);
function* forever() { yield* forever(); }
try { forever().next(); } catch (e) { console.log(e.constructor.name, e.message); }
