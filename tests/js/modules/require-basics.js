// CommonJS: require of relative files with and without .js, of a directory (index.js) and of
// JSON; the module cache; cycles see partial exports; require.main; the wrapper's variables.
const counter = require("./parts/counter");
const again = require("./parts/counter.js");
console.log(counter === again, counter.next(), again.next());
const a = require("./parts/cycle-a");
console.log(a.done, a.sawB);
const lib = require("./parts/lib");
console.log(lib.name, lib.greet("you"));
const data = require("./parts/data.json");
console.log(data.items.length, data.title);
console.log(require.main === module, this === module.exports, typeof __filename, __dirname.endsWith("modules"));
try {
  require("./parts/missing");
} catch (e) {
  console.log(e.message.split("\n")[0], e.code, e.requireStack.length);
}
module.exports.value = 42;
console.log(module.exports.value, exports.value);
