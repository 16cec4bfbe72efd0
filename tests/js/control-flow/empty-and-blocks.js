// Empty statements, nested blocks and statements on one line with semicolons.
;;;
var x = 0;;
{ }
{ { { x++; } } }
if (x) ; else console.log("not reached");
for (var i = 0; i < 3; i++);
console.log(x, i);
while (x++ < 5);
console.log(x);
{ let a = 1; { let a = 2; console.log(a); } console.log(a); }
