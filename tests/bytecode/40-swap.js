// Swap by destructuring assignment: the array literal is iterated straight into the parameters.
function test(a, b) { [a, b] = [b, a]; return a - b; }
test(1, 2);
