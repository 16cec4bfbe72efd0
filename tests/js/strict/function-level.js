// A "use strict" directive inside a function applies only to that function (and nested functions).
function sloppy() { return this === undefined ? "undefined this" : "global this"; }
function strict() { "use strict"; return this === undefined ? "undefined this" : "global this"; }
function strictOuter() {
  "use strict";
  function inner() { return this === undefined; }
  return inner();
}
console.log(sloppy(), strict(), strictOuter());
function strictAssign() { "use strict"; try { leakedStrict = 1; } catch (e) { return e.name; } return "ok"; }
function sloppyAssign() { leakedSloppy = 1; return "ok"; }
console.log(strictAssign(), sloppyAssign(), typeof leakedSloppy, typeof leakedStrict);
function notDirective() { var x = 1; "use strict"; y_not_strict = 2; return y_not_strict; }
console.log(notDirective());
