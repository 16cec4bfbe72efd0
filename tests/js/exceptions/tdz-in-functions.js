// TDZ errors from closures called before the let/const line runs, and typeof on TDZ names.
function readLater() { return value; }
function typeofLater() { return typeof value; }
try { readLater(); } catch (e) { console.log("read:", e.name, e.message); }
try { typeofLater(); } catch (e) { console.log("typeof:", e.name, e.message); }
let value = "ready";
console.log(readLater(), typeofLater());
function inner() {
  try { return counter + 1; } catch (e) { return e.message; }
  let counter = 0;
}
console.log(inner());
switch (1) {
  case 0: let s = "zero";
  case 1: try { console.log(s); } catch (e) { console.log("switch TDZ:", e.message); }
}
