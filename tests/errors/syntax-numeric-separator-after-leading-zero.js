// A numeric separator may not follow a leading 0 (the legacy octal-like forms).
console.log("not reached");
var n = 0_1;
