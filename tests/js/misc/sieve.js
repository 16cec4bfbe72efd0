// Sieve of Eratosthenes using an array of booleans created with new Array(n).
function sieve(n) {
  var marks = new Array(n + 1);
  var primes = [];
  for (var i = 2; i <= n; i++) {
    if (marks[i]) continue;
    primes.push(i);
    for (var j = i * i; j <= n; j += i) marks[j] = true;
  }
  return primes;
}
var p = sieve(200);
console.log(p.length, p.slice(-5), p.join(",").length);
console.log(sieve(30));
