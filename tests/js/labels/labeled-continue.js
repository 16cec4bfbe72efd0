// continue with a label resumes the labelled loop (while, do-while and for-of variants).
var log = [];
var i = 0;
loop1: while (i < 3) {
  i++;
  var j = 0;
  do {
    j++;
    if (j === 2) continue loop1;
    log.push(i + ":" + j);
  } while (j < 3);
}
console.log(log.join(" "));
var primes = [];
nextNum: for (var n = 2; n < 30; n++) {
  for (var d = 2; d * d <= n; d++) if (n % d === 0) continue nextNum;
  primes.push(n);
}
console.log(primes);
var pairs = [];
rows: for (const a of [1, 2, 3]) {
  for (const b of ["x", "y"]) {
    if (a === 2) continue rows;
    pairs.push(a + b);
  }
}
console.log(pairs);
