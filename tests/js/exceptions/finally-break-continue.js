// break and continue inside try/finally: finally runs; break in finally cancels a throw or return.
var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
function breakInFinally() {
  for (var i = 0; i < 3; i++) {
    try { throw new Error("swallowed"); }
    finally { break; }
  }
  return "loop exited, i=" + i;
}
console.log(breakInFinally());
function continueInFinally() {
  var n = 0;
  for (var i = 0; i < 3; i++) {
    try { return "returned"; }
    finally { n++; continue; }
  }
  return "continued " + n;
}
console.log(continueInFinally());
var w = 0, wl = [];
while (true) {
  try { w++; if (w > 2) break; } finally { wl.push("f" + w); }
}
console.log(wl.join(" "));
