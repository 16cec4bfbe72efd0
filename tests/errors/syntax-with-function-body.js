// The body of a with statement is a single statement: no function declaration, even sloppy.
var o = {};
with (o) function f() {}
