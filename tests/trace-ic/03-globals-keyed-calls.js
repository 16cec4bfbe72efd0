// Global loads and stores cache property cells; keyed loads on arrays; a call site going 1 -> N.
var counter = 0;
function bump() { counter = counter + 1; }
function twice() { counter = counter + 2; }
function run(f) { f(); }
run(bump);
run(bump);
run(twice);
const arr = [1, 2, 3];
let s = 0;
for (let i = 0; i < arr.length; i++) s += arr[i];
console.log(counter, s);
