// Uncaught throw of a string: node prints the value plus a hint line instead of a stack.
console.log("about to throw");
throw "something bad";
