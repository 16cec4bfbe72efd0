// SyntaxError: Octal literals are not allowed in strict mode.
"use strict";
var mode = 0755;
