// One half of a require cycle: b sees a's exports before a finishes.
exports.done = false;
const b = require("./cycle-b");
exports.sawB = b.done;
exports.done = true;
