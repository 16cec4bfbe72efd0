// Sloppy-mode assignment to an undeclared name creates a global; reading an undeclared name throws.
function makeGlobal() { implicitGlobal = 42; }
makeGlobal();
console.log(implicitGlobal, typeof implicitGlobal);
try { console.log(neverDeclared); } catch (e) { console.log(e.name, e.message); }
var declared;
console.log(declared, typeof neverDeclared);
try { neverDeclared2.prop = 1; } catch (e) { console.log(e.name, e.message); }
