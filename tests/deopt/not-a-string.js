// "not a String": greet(name) warmed up on strings concatenates them (CheckString + StringConcat);
// a number fails CheckString and the interpreter adds it as JS does.
function greet(name) { return 'hello ' + name; }
%PrepareFunctionForOptimization(greet);
console.log(greet('ada'), greet('alan'));
%OptimizeFunctionOnNextCall(greet);
console.log(greet('grace'));
console.log(greet(42));
console.log(greet('edsger'));
