// console.log of primitives at top level: strings unquoted, -0, multiple args joined by one space.
console.log("plain string");
console.log(42, -0, 0, NaN, Infinity, -Infinity, 1.5);
console.log(true, false, null, undefined);
console.log("a", "b", 1, "c");
console.log("");
console.log();
console.log("multi\nline", "tab\tsep");
console.log(" leading and trailing spaces ");
console.log("quotes ' and \" unescaped");
console.log("", "", "x");
