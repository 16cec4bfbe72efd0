// Default parameters are evaluated left to right in their own scope: later params are in TDZ.
function later(a = b, b = 1) { return [a, b]; }
try { later(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(later(5), later(5, 6));
try { later(undefined, 2); } catch (e) { console.log(e.message); }
function selfRef(a = a) { return a; }
try { selfRef(); } catch (e) { console.log(e.message); }
console.log(selfRef(3));
function closes(a, f = function () { return a; }) { a = "changed"; return f(); }
console.log(closes("orig"));
