// Function.prototype.toString of a function made from strings is the text V8 builds:
// "function anonymous(" + parameters joined by "," + "\n) {\n" + body + "\n}".
console.log(new Function("a", "b", "return a").toString());
console.log(JSON.stringify(Function().toString()));
console.log(JSON.stringify(Function("a, b = 2", "...c", "return c").toString()));
console.log(JSON.stringify(Function("x", "  return x  ").toString()));
console.log(String(Function("return 1")));
