// Error.stackTraceLimit (V8's API): how many frames an Error's stack keeps; 10 by default.
function deep(n) { if (n === 0) { return new Error("bottom"); } return deep(n - 1); }
const frames = (e) => e.stack.split("\n").length - 1;
console.log(Error.stackTraceLimit, frames(deep(20)));
Error.stackTraceLimit = 3;
console.log(frames(deep(20)), deep(20).stack.split("\n").slice(1).map((l) => l.trim().split(" ")[1]).join(","));
Error.stackTraceLimit = 0;
console.log(frames(deep(5)), deep(5).stack);
Error.stackTraceLimit = 25;
console.log(frames(deep(30)));
Error.stackTraceLimit = 10;
try { null.x; } catch (e) { console.log(e.stack.split("\n")[0]); }
