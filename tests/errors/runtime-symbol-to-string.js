// Concatenating a symbol with a string is an uncaught TypeError.
const id = Symbol('id');
console.log('before');
const label = 'key: ' + id;
console.log(label);
