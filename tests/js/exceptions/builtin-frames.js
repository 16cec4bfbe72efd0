// Stack traces show the builtin a frame was calling, as V8's native frames:
// "at Array.forEach (<anonymous>)" under a throwing callback, and on top of an error a builtin raised.
function top3(e) { return e.stack.split("\n").filter((l) => !l.includes("node:")).slice(0, 3).map((l) => l.replace(__dirname + "/", "")).join(" | "); }
try { [1].forEach(function cb() { throw new Error("in cb"); }); } catch (e) { console.log(top3(e)); }
try { [].reduce((a, b) => a); } catch (e) { console.log(top3(e)); }
try { JSON.parse("{"); } catch (e) { console.log(top3(e)); }
try { new Array(-1); } catch (e) { console.log(top3(e)); }
try { [3, 1].sort(() => { throw new TypeError("cmp"); }); } catch (e) { console.log(top3(e)); }
try { "abc".repeat(-1); } catch (e) { console.log(top3(e)); }
try { [1].map((x) => x.missing.deep); } catch (e) { console.log(top3(e)); }
