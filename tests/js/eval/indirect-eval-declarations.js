// Sloppy global eval code: top-level var and function declarations become properties of
// the global object (configurable ones, since eval made them); let, const and class stay
// local to that one eval; strict eval code keeps its vars to itself too.
const geval = eval;
geval("var gv = 10; function gf() { return gv * 2; }");
console.log(gv, gf(), globalThis.gv, typeof globalThis.gf);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "gv")));
console.log(delete globalThis.gv, typeof globalThis.gv);
geval("let lv = 1; const cv = 2; class K {}");
console.log(typeof lv, typeof cv, typeof K);
geval("'use strict'; var sv = 1; function sf() {}");
console.log(typeof sv, typeof sf);
// Functions declared there close over the global scope and see later global changes.
geval("var counter = 0; function bump() { return ++counter; }");
bump(); bump();
console.log(counter, globalThis.counter);
// A var that is already a global keeps its value until the code assigns it.
globalThis.kept = "old";
geval("var kept;");
console.log(kept);
geval("var kept = 'new';");
console.log(kept);
// Inner functions and blocks in eval code work as anywhere.
console.log(geval("var total = 0; for (let i = 1; i <= 4; i++) { total += i; } total"));
console.log(geval("[1, 2, 3].map(function (x) { return x * x; }).join()"));
