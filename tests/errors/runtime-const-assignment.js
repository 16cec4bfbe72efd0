// Uncaught TypeError: Assignment to constant variable.
const limit = 10;
console.log(limit);
limit = 20;
