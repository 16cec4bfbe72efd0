// Object literal: boilerplate plus DefineNamedOwnProperty for computed values.
function test(v) { return { a: 1, b: v, c: "s", [v]: 2 }; }
test("k");
