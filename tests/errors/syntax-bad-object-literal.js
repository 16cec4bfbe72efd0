// SyntaxError: Unexpected token ',' (empty element between commas in an object literal).
var o = { a: 1,, b: 2 };
