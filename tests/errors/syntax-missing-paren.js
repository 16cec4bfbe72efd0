// SyntaxError: missing ) after argument list.
console.log("a", "b";
