// A function made in a catch clause's pattern default compiles lazily in the catch scope.
const made = [];
function keep(label, fn) { made.push([label, fn]); return fn; }

try { throw {}; } catch ({ u = keep("catch pattern", () => "u") }) { }
try { throw [undefined]; } catch ([w = keep("catch array pattern, nested arrow", () => () => "w")]) { }
try { throw { z: 2 }; } catch ({ z, f = keep("catch pattern captures", () => z) }) { }
function inside() {
  try { throw []; } catch ([g = function () { return "inside"; }]) { return g; }
}
keep("catch pattern in a function", inside());

for (const [label, fn] of made) {
  const r = fn();
  console.log(label, typeof r === "function" ? r() : r);
}
