// A function made in a parameter default or pattern (function, arrow, method, constructor, setter) compiles lazily in the parameters' scope.
const made = [];
function keep(label, fn) { made.push([label, fn]); return fn; }

function withDefault(p = keep("parameter default", function () { return "p"; })) { return p; }
withDefault();
function withPattern({ q = keep("parameter pattern", () => "q") } = {}) { return q; }
withPattern();
function seesParameter(x, y = keep("default sees a parameter", () => x)) { return y; }
seesParameter("x");
const arrow = (r = keep("arrow default", (s = keep("nested arrow default", () => "s")) => s())) => r;
arrow();
const obj = {
  m(t = keep("method default", () => "t")) { return t; },
  set v(w = keep("setter default", () => "w")) { },
};
obj.m();
obj.v = undefined;
class K { constructor(u = keep("constructor default", () => "u")) { } }
new K();

for (const [label, fn] of made) {
  const r = fn();
  console.log(label, typeof r === "function" ? r() : r);
}
