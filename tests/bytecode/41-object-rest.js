// Object rest: the value and the keys taken go in a register list for the runtime copy.
function test(o, k) { const {a, [k]: v, ...r} = o; return r; }
test({a: 1, b: 2}, 'b');
