// Uncaught throw of null.
function f() { throw null; }
f();
