// Error constructor prototypes, name on prototype, instanceof across the error hierarchy.
console.log(Error.prototype.name, TypeError.prototype.name, RangeError.prototype.name);
var t = new TypeError("x");
console.log(t.hasOwnProperty("name"), t.hasOwnProperty("message"));
console.log(t instanceof RangeError, t instanceof ReferenceError, t instanceof SyntaxError);
function MyError(msg) { this.message = msg; }
MyError.prototype = new Error();
MyError.prototype.name = "MyError";
var m = new MyError("custom!");
console.log(m instanceof MyError, m instanceof Error, m.name, m.message, String(m));
try { throw m; } catch (e) { console.log("caught", e.name + ": " + e.message); }
