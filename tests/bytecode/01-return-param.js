// A parameter returned: Ldar a0, Return.
function test(a) { return a; }
test(1);
