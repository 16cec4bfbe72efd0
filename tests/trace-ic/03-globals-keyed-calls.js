// Global loads and stores cache property cells (a sloppy-mode assignment to an undeclared
// name makes a global); keyed loads on an array; a call site going 1 -> N.
counter = 0;
function bump() { counter = counter + 1; }
function twice() { counter = counter + 2; }
function run(f) { f(); }
run(bump);
run(bump);
run(twice);
const arr = [1, 2, 3];
let s = 0;
for (let i = 0; i < arr.length; i++) s += arr[i];
result = counter + s;
