// var declarations are hoisted to the top of the function (value undefined until assigned).
console.log(a);
var a = 1;
console.log(a);
function f() {
  console.log(b, typeof b);
  if (false) { var b = 2; }
  console.log(b);
  for (var i = 0; i < 3; i++) {}
  console.log(i);
  { var inner = "block var"; }
  console.log(inner);
}
f();
var a;
console.log(a);
var a = 3;
console.log(a);
