// Optional catch binding: catch { } without a parameter.
function safeParse(s) {
  try { if (s === "") throw new Error("empty"); return s.length; }
  catch { return -1; }
}
console.log(safeParse("abc"), safeParse(""));
try { null.x; } catch { console.log("caught without binding"); } finally { console.log("finally"); }
