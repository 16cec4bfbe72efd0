// Assignment to a const: CallRuntime [ThrowConstAssignError].
function test() { const c = 1; try { c = 2; } catch (e) { return e; } }
test();
