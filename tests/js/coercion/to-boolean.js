// ToBoolean: the falsy values and some truthy surprises.
var values = [false, 0, -0, "", null, undefined, NaN, "0", "false", " ", [], {}, function () {}, -1, Infinity];
var out = [];
for (var i = 0; i < values.length; i++) out.push(values[i] ? "T" : "F");
console.log(out.join(""));
console.log(Boolean(0), Boolean("0"), Boolean([]), Boolean(""), Boolean(), Boolean(NaN));
console.log(!!document_free(), !!0.0, !!"\0");
function document_free() { return undefined; }
if ([]) console.log("empty array is truthy");
if ({}) console.log("empty object is truthy");
if (!"") console.log("empty string is falsy");
