// SyntaxError: Unexpected identifier 'b' (two statements without a separator).
var a = 1 b = 2;
