// The other half of the cycle: a is only partly loaded here.
const a = require("./cycle-a");
console.log("b sees a.done =", a.done);
exports.done = true;
