// Uncaught throw of a number from inside a function.
function fail(code) { throw code; }
fail(42);
