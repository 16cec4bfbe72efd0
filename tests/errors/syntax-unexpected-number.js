// SyntaxError: Unexpected number (a number directly after an identifier).
var total = 10 20;
