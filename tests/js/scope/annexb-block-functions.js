// Annex B.3.3: in sloppy code a function declared in a block is also a var of the
// enclosing function, assigned when the declaration is evaluated.
console.log(typeof early, "before the block");
{
  console.log(typeof early, "inside the block, hoisted to its top");
  function early() { return "early"; }
}
console.log(typeof early, early());

function notEntered(flag) {
  if (flag) { function inner() { return "inner"; } }
  return typeof inner;
}
console.log(notEntered(true), notEntered(false));

function copiedAtDeclaration() {
  var seen = [];
  {
    function f() { return 1; }
    f = function () { return 2; };  // assigns the block binding only
    seen.push(f());
  }
  seen.push(f());
  return seen.join(",");
}
console.log(copiedAtDeclaration());

function shadowedByLet() {
  let f = "let wins";
  { function f() {} }
  return f;
}
console.log(shadowedByLet());

function shadowedByParameter(f) {
  { function f() { return "block"; } }
  return f;
}
console.log(shadowedByParameter("param wins"));

function outerBlockFunctionBlocks() {
  {
    function f() { return "outer block"; }
    { function f() { return "inner block"; } }
    return f();
  }
}
console.log(outerBlockFunctionBlocks());

function inSwitch(k) {
  switch (k) {
    case 1: function picked() { return "case 1"; }
      break;
    default: return typeof picked;
  }
  return picked();
}
console.log(inSwitch(1), inSwitch(2));

function inLoop() {
  var made = [];
  for (var i = 0; i < 3; i++) {
    function step() { return i; }
    made.push(step);
  }
  return made.map(function (g) { return g(); }).join(",") + " last=" + step();
}
console.log(inLoop());

function capturing() {
  var n = 0;
  { function bump() { return ++n; } }
  bump(); bump();
  return n;
}
console.log(capturing());

function strictNoHoist() {
  "use strict";
  { function hidden() {} }
  return typeof hidden;
}
console.log(strictNoHoist());

function catchParam() {
  try { throw "thrown"; } catch (err) { { function err2() { return err; } } }
  return err2();
}
console.log(catchParam());

if (true) function ifBodyFunction() { return "if body"; }
console.log(ifBodyFunction());
if (false) function neverDeclared() {}
console.log(typeof neverDeclared);
label: { function labelled() { return "labelled block"; } }
console.log(labelled());
for (let k = 0; k < 2; k++) { function loopFn() { return k; } }
console.log(loopFn());
