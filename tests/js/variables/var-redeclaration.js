// var may be redeclared; function and var with the same name; parameter and var with same name.
var v = 1;
var v = 2;
console.log(v);
function f(p) { var p; console.log(p); var p = "re"; console.log(p); }
f("param");
function g() { return 1; }
var g;
console.log(typeof g);
var h = 1;
function h() {}
console.log(typeof h);
var undefinedRedecl;
var undefinedRedecl;
console.log(undefinedRedecl);
