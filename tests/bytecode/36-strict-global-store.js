"use strict";
// Strict code: StaGlobal to a missing global throws; comparisons with null use TestNull.
function test(a) { return a === null || a == null; }
test(1);
