// V8 quirk: a call expression as ++ target parses, then throws ReferenceError at run time (after earlier output).
var f = function () { return 1; };
console.log("this line runs first");
f()++;
