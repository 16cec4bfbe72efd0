// SyntaxError: Missing catch or finally after try.
try {
  console.log("x");
}
console.log("y");
