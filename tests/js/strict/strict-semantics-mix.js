// Strict-mode code still has normal closures, TDZ and const semantics; delete of properties works.
"use strict";
let counter = 0;
const inc = () => ++counter;
inc(); inc();
console.log(counter);
var o = { a: 1, b: 2 };
console.log(delete o.a, o);
try { const k = 1; k = 2; } catch (e) { console.log(e.message); }
function check() { return typeof this; }
console.log(check(), typeof check);
var arr = [1, 2, 3];
arr.length = 1;
console.log(arr);
