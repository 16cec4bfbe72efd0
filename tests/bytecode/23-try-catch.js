// try/catch: a handler table entry; the catch variable in a register.
function test(f) { try { return f(); } catch (e) { return e; } }
test(() => 1);
