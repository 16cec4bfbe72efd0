// SyntaxError: Invalid left-hand side in assignment.
var a = 1;
a + 1 = 2;
