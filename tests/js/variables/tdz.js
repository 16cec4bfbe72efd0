// Temporal dead zone: reading, writing or typeof of a let/const before its declaration throws ReferenceError.
try { console.log(a); } catch (e) { console.log(e.name, e.message); }
let a = 1;
try { b = 5; } catch (e) { console.log(e.name, e.message); }
let b;
try { console.log(typeof c); } catch (e) { console.log(e.name, e.message, e instanceof ReferenceError); }
const c = 3;
function useLater() { return later; }
try { useLater(); } catch (e) { console.log("call before init:", e.message); }
let later = "ok";
console.log(useLater());
{
  try { inner; } catch (e) { console.log("block TDZ:", e.message); }
  let inner = 1;
}
let x = "outer";
{
  try { console.log(x); } catch (e) { console.log("shadowed TDZ:", e.message); }
  let x = "inner";
}
try { let self = self + 1; } catch (e) { console.log("self-reference:", e.message); }
