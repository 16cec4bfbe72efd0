// Unlabelled break and continue in for, while, do-while and for-in/of loops.
var out = [];
for (var i = 0; i < 10; i++) { if (i % 3 === 0) continue; if (i > 7) break; out.push(i); }
console.log(out);
var w = 0, wl = [];
while (w < 10) { w++; if (w === 2) continue; if (w === 5) break; wl.push(w); }
console.log(wl);
var d = 0, dl = [];
do { d++; if (d === 1) continue; dl.push(d); } while (d < 3);
console.log(dl);
var keys = [];
for (var k in { a: 1, b: 2, c: 3 }) { if (k === "b") continue; keys.push(k); }
console.log(keys);
var vals = [];
for (var v of [1, 2, 3, 4]) { if (v === 3) break; vals.push(v); }
console.log(vals);
