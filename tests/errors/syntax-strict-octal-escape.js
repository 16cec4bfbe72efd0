// SyntaxError: Octal escape sequences are not allowed in strict mode.
"use strict";
var s = "bell\07";
