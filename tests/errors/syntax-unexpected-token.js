// SyntaxError: Unexpected token ';' (missing expression in an initializer).
console.log("never printed: the whole file fails to parse");
let x = ;
