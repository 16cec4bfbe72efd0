// Optional chaining: JumpIfUndefinedOrNull to the end of the chain.
function test(o) { return o?.a?.b; }
test({a: {b: 1}});
