// Uncaught TypeError: Right-hand side of 'instanceof' is not callable.
var proto = {};
console.log([] instanceof proto);
