// typeof (LdaGlobalInsideTypeof for globals), delete, void.
function test(o) { return [typeof o, typeof missingGlobal, delete o.x, void 0]; }
test({x: 1});
