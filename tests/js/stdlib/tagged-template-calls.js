// Tagged templates as calls: non-function tags name the callee, nested templates, a call result as the tag.
const o = {};
try { o.missing`x`; } catch (e) { console.log(e.message); }
const n = 5;
try { n`x${1}`; } catch (e) { console.log(e.message); }
function outer() { return inner`a${1}`; }
function inner(s, v) { return s.raw.join('|') + v; }
console.log(outer(), typeof String.raw`x`, `a${`b${'c'}`}`);
console.log((function () { return String.raw; })()`\t${2}`);
