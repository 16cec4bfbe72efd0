// Unbounded recursion throws a catchable RangeError("Maximum call stack size exceeded"); the engine keeps working.
function forever(n) { return forever(n + 1) + 1; }
try { forever(0); } catch (e) { console.log(e instanceof RangeError, e.name, e.message); }
function again() { again(); }
try { again(); } catch (e) { console.log(e instanceof RangeError, e.message); }
var a = function () { return b(); };
var b = function () { return a(); };
try { a(); } catch (e) { console.log("mutual:", e instanceof RangeError, e.message); }
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log("still works:", sum(1000));
