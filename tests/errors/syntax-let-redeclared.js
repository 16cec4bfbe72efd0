// SyntaxError: Identifier 'x' has already been declared (two let declarations in one scope).
let x = 1;
console.log(x);
let x = 2;
