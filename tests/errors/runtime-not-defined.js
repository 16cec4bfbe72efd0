// Uncaught ReferenceError: undefinedVariable is not defined.
console.log("before");
console.log(undefinedVariable);
