// Uncaught TypeError: count is not a function.
var count = 5;
count();
