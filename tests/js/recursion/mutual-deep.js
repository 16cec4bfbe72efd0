// Mutual recursion 10,000 frames deep, and deep recursion through closures and methods.
function ping(n) { return n === 0 ? "ping done" : pong(n - 1); }
function pong(n) { return n === 0 ? "pong done" : ping(n - 1); }
console.log(ping(10000), ping(9999));
var obj = { walk: function (n) { return n === 0 ? "walked" : this.walk(n - 1); } };
console.log(obj.walk(10000));
var viaClosure = (function () {
  var calls = 0;
  function go(n) { calls++; return n ? go(n - 1) : calls; }
  return go;
})();
console.log(viaClosure(10000));
