// SyntaxError: Unexpected token 'if' (reserved word used as a variable name).
var if = 3;
