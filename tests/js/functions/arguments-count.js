// Missing arguments are undefined, extra arguments are ignored, no return gives undefined.
function three(a, b, c) { return [a, b, c]; }
console.log(three(1), three(1, 2, 3, 4), three());
function noReturn() { var x = 1; }
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn());
function typeOfArg(x) { return typeof x; }
console.log(typeOfArg(), typeOfArg(undefined), typeOfArg(null));
