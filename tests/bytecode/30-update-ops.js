// Prefix and postfix ++/-- on names, properties and elements.
function test(o, a) { let i = 0; i++; ++i; o.n--; a[0]++; return i++; }
test({n: 1}, [1]);
