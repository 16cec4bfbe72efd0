// SyntaxError: Unexpected strict mode reserved word (let used as a var name in strict code).
"use strict";
var let = 5;
