// process.exit in a program from stdin ends it with that code, as node's.
console.log("before");
process.exit(3);
console.log("after");
