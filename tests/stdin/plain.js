// A program read from stdin (`kindling - one two < plain.js`) is node's [stdin]: its file name, dirname, argv and module.
console.log(__filename, __dirname, process.argv.slice(1));
console.log(typeof require, typeof exports, module.id, this === globalThis);
function where() {
  return new Error("here").stack.split("\n").slice(1, 3).join("\n");
}
console.log(where());
process.exitCode = 0;
