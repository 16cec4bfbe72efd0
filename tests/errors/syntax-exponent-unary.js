// SyntaxError: unary minus directly before ** needs parentheses.
var v = -2 ** 2;
