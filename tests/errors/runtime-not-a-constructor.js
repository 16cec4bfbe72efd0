// Uncaught TypeError: maker is not a constructor (new on an arrow function).
var maker = () => ({});
var m = new maker();
