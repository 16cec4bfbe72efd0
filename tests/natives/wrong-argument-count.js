// A native called with the wrong number of arguments is a SyntaxError, in node's words.
const o = {};
console.log(%HaveSameMap(o));
