// Euclid's gcd (recursive and iterative), lcm, and reduced fractions.
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
function gcdLoop(a, b) { while (b) { var t = b; b = a % b; a = t; } return a; }
function lcm(a, b) { return a / gcd(a, b) * b; }
console.log(gcd(48, 18), gcdLoop(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6));
function reduce(n, d) { var g = gcd(n, d); return n / g + "/" + d / g; }
console.log(reduce(10, 4), reduce(100, 75), reduce(7, 13));
var l = 1;
for (var i = 1; i <= 20; i++) l = lcm(l, i);
console.log(l);
