// Uncaught TypeError: Cannot read properties of undefined (reading 'name').
var user;
console.log("looking up name");
console.log(user.name);
console.log("never printed");
