// Every literal kind: LdaZero, LdaSmi, LdaConstant (heap number and string), LdaTrue, LdaNull, LdaUndefined.
function test() { var a = 0, b = -7, c = 1.5, d = "s", e = true, f = null, g = undefined; return [a, b, c, d, e, f, g]; }
test();
