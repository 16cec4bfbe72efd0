// Uncaught ReferenceError: Cannot access 'value' before initialization.
function show() { return value; }
console.log(typeof show);
show();
let value = 1;
