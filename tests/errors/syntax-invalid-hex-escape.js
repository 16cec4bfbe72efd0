// SyntaxError: Invalid hexadecimal escape sequence.
var s = "\x4g";
