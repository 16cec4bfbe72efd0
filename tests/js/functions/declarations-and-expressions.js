// Function declarations, anonymous and named function expressions, and their printed forms.
function decl(a, b) { return a + b; }
var anon = function (a) { return a * 2; };
var named = function inner(n) { return n <= 1 ? 1 : n * inner(n - 1); };
console.log(decl(1, 2), anon(21), named(5));
console.log(decl, anon, named);
console.log(typeof inner);
console.log([decl, function () {}, () => 0]);
var obj = { method: function () {}, short() {}, arrow: () => {} };
console.log(obj);
