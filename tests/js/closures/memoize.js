// A closure-based memo cache (plain object as dictionary) speeds up recursive fib.
function memoize(fn) {
  var cache = {};
  var hits = 0;
  var wrapped = function (n) {
    if (cache.hasOwnProperty(n)) { hits++; return cache[n]; }
    var r = fn(n);
    cache[n] = r;
    return r;
  };
  wrapped.hits = function () { return hits; };
  return wrapped;
}
var fib = memoize(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(50), fib(90), fib.hits());
console.log(fib(78));
