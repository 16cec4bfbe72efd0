// Uncaught TypeError: Cannot use 'in' operator to search for 'a' in 1.
var n = 1;
console.log("a" in n);
