// A syntax error in a program from stdin is reported at [stdin]:LINE, with node's caret and message.
console.log("never printed");
let x = ;
