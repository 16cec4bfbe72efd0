// Operands that do not fit a byte get a Wide (2-byte) or ExtraWide (4-byte) prefix: LdaSmi.Wide, AddSmi.ExtraWide.
function test(a) { return (a + 1000) * 100000 - 70000; }
test(1);
