// while and do-while: condition checks, do-while runs at least once, break/continue inside.
var i = 0, s = "";
while (i < 5) { s += i; i++; }
console.log(s);
var j = 10;
do { j++; } while (j < 5);
console.log(j);
var n = 0;
while (true) { n++; if (n === 3) continue; if (n > 5) break; }
console.log(n);
var k = 0, evens = [];
do { k++; if (k % 2) continue; evens.push(k); } while (k < 8);
console.log(evens);
var x = 100, steps = 0;
while (x !== 1) { x = x % 2 === 0 ? x / 2 : 3 * x + 1; steps++; }
console.log("collatz(100) steps:", steps);
