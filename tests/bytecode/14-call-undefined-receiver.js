// Calls with an undefined receiver, 0-3 arguments.
function g() {}
function test() { g(); g(1); g(1, 2); g(1, 2, 3); }
test();
