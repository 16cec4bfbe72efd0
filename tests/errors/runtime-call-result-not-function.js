// Uncaught TypeError calling a property of a function's return value (null receiver).
function find(id) { return id === 1 ? { greet: function () { return "hi"; } } : null; }
console.log(find(1).greet());
console.log(find(2).greet());
