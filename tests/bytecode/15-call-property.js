// Property calls: receiver first in the register list.
function test(o) { o.m(); o.m(1); o.m(1, 2); return o.m(1, 2, 3); }
test({m() {}});
