// A builtin's error thrown through a function running optimized code: its stack and the uncaught report start at that function, as in the interpreter.
function h(a) { return a.reduce((x, y) => x + y); }
for (let i = 0; i < 20000; i++) h([1, 2, 3]);
function short(line) { return line.lastIndexOf('/') < 0 ? line : line.slice(0, line.indexOf('(') + 1) + line.slice(line.lastIndexOf('/') + 1); }
function g() { try { h([]); } catch (e) { console.log(e.stack.split("\n").slice(0, 4).map(short).join("\n")); } }
g();
h([]);
