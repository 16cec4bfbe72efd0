// Loop variables: var leaks to function scope, let is per-block; catch param is block scoped.
for (var i = 0; i < 3; i++) {}
console.log(i);
for (let j = 0; j < 3; j++) {}
console.log(typeof j);
try { throw 1; } catch (err) { var fromCatch = err; }
console.log(fromCatch, typeof err);
var e = "outer e";
try { throw "inner e"; } catch (e) { console.log(e); }
console.log(e);
let total = 0;
for (let k = 0; k < 3; k++) { let k2 = k * 2; total += k2; }
console.log(total);
