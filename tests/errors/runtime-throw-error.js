// Uncaught Error('boom') thrown at top level.
console.log("line 1");
throw new Error('boom');
