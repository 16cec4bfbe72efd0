// Array literal: boilerplate with constants, StaInArrayLiteral for the rest, holes.
function test(v) { return [1, v, , "s"]; }
test(2);
