// Object pattern: a named load per property (no null check of its own), a default behind JumpIfNotUndefined.
function test(o) { const {a, b: c, d = 5} = o; return a + c + d; }
test({a: 1, b: 2});
