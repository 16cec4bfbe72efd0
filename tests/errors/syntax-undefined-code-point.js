// SyntaxError: Undefined Unicode code-point (\u{...} escape above 0x10FFFF).
var s = "\u{110000}";
