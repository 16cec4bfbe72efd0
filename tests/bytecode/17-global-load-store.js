// Undeclared names are globals: LdaGlobal / StaGlobal.
function test() { Math.max(1, 2); globalCounter = 1; return globalCounter; }
test();
