// A default expression is evaluated only when it is needed, left to right.
const log = [];
function dflt(name) { log.push(name); return name.toUpperCase(); }
const [a = dflt('a'), b = dflt('b'), c = dflt('c')] = ['given', undefined];
console.log(a, b, c, log.join(','));
