// Closures in loops: let creates a fresh binding per iteration, var shares one binding.
var fnsVar = [], fnsLet = [];
for (var i = 0; i < 3; i++) fnsVar.push(function () { return i; });
for (let j = 0; j < 3; j++) fnsLet.push(function () { return j; });
console.log(fnsVar[0](), fnsVar[1](), fnsVar[2]());
console.log(fnsLet[0](), fnsLet[1](), fnsLet[2]());
var fnsMut = [];
for (let k = 0; k < 6; k++) { fnsMut.push(function () { return k; }); k++; }
console.log(fnsMut.length, fnsMut[0](), fnsMut[1](), fnsMut[2]());
var fnsIn = [];
for (let key in { a: 1, b: 2 }) fnsIn.push(function () { return key; });
console.log(fnsIn[0](), fnsIn[1]());
var fnsOf = [];
for (const v of ["x", "y"]) fnsOf.push(() => v);
console.log(fnsOf[0](), fnsOf[1]());
var fnsIIFE = [];
for (var m = 0; m < 3; m++) fnsIIFE.push((function (m) { return function () { return m; }; })(m));
console.log(fnsIIFE[0](), fnsIIFE[2]());
