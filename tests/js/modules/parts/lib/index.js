// A directory module: require("./lib") loads this index.js.
exports.name = "lib";
exports.greet = (who) => `hello, ${who}`;
