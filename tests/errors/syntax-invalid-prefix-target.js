// SyntaxError: Invalid left-hand side expression in prefix operation.
var n = 1;
++n++;
