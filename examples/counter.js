// A module for the embedding example in README.md: Java requires it and calls its exports.
function makeCounter(start) {
  return {
    total: start,
    add(n) { this.total += n; return this.total; },
  };
}
module.exports = { makeCounter };
