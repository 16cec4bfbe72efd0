// Exceptions inside loops do not stop the loop when caught per-iteration; counters stay consistent.
var ok = 0, failed = [];
for (var i = 0; i < 6; i++) {
  try {
    if (i % 2) throw new Error("odd " + i);
    ok++;
  } catch (e) {
    failed.push(e.message);
  }
}
console.log(ok, failed);
var attempts = 0;
function flaky() { attempts++; if (attempts < 3) throw new Error("not yet"); return "success after " + attempts; }
var res;
while (true) { try { res = flaky(); break; } catch (e) { continue; } }
console.log(res);
