// "use strict": creating a property on a primitive throws TypeError; sloppy mode silently ignores it.
function sloppySet() { var s = "abc"; s.foo = 1; return s.foo; }
function strictSet() { "use strict"; var s = "abc"; s.foo = 1; return s.foo; }
function strictNum() { "use strict"; var n = 5; n.x = 1; }
function strictBool() { "use strict"; var b = true; b["k"] = 1; }
console.log(sloppySet());
try { strictSet(); } catch (e) { console.log(e.name + ": " + e.message); }
try { strictNum(); } catch (e) { console.log(e.name + ": " + e.message); }
try { strictBool(); } catch (e) { console.log(e.name + ": " + e.message); }
