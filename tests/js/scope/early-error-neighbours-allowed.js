// The sloppy-mode forms next to the early errors in tests/errors that stay legal:
// each line here would be a SyntaxError if the checks reached one step too far.
l: function top() { return "labelled at top level"; }
console.log(top());
a: b: function twice() { return "two labels"; }
console.log(twice());
{ function dup() { return 1; } function dup() { return 2; } }
console.log(dup());
{ function inBlock() { return "block"; } }
var inBlock;
console.log(typeof inBlock);
try { throw 1; } catch (e) { var e = "catch var"; console.log(e); }
try { throw 1; } catch (e) { { let e = "inner let"; console.log(e); } }
try { throw 1; } catch (e) { for (var e of ["for-of var"]) console.log(e); }
function g() { function f() { return "fn"; } var f; return typeof f; }
console.log(g());
function F() { const t = new.target; return t === F; }
console.log(new F() instanceof F, F());
if (true) function ifBody() { return "if body"; }
console.log(ifBody());
switch (1) { case 1: { var s = "switch var"; } }
console.log(s);
