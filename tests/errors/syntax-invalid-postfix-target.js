// SyntaxError: Invalid left-hand side expression in postfix operation (literal as ++ target).
var n = 1;
1++;
