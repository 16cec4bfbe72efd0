// A module with state: every require of it shares one counter.
let n = 0;
module.exports = { next() { n += 1; return n; } };
