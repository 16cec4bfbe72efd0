// "use strict": assigning to an undeclared name throws ReferenceError instead of creating a global.
"use strict";
try { undeclaredName = 1; console.log("no error"); } catch (e) { console.log(e.name, e.message); }
console.log(typeof undeclaredName);
function f() { alsoUndeclared = 2; }
try { f(); } catch (e) { console.log(e.name, e.message); }
var declared;
declared = 3;
console.log(declared);
try { for (loopVar = 0; loopVar < 1; loopVar++) {} } catch (e) { console.log(e.message); }
