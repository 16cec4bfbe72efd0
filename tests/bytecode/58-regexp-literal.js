// A regexp literal: CreateRegExpLiteral [pattern], [literal slot], #flags (V8's JSRegExp::Flags
// bits: g 1, i 2, m 4, y 8, u 16, s 32, d 128), one literal slot per site.
function test(s) { return /a+/gi.test(s) || /(?<x>b)/dsu; }
test("aa");
