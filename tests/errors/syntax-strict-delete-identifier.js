// SyntaxError: Delete of an unqualified identifier in strict mode.
"use strict";
var x = 1;
delete x;
