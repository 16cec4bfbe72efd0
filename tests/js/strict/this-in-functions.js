// "use strict": this is undefined in plain function calls but still the receiver in method calls.
"use strict";
function plain() { return this; }
console.log(plain(), typeof plain());
var o = { m: function () { return this === o; }, n() { return typeof this; } };
console.log(o.m(), o.n());
var detached = o.m;
console.log(detached === o.m, (function () { return this; })());
function Ctor() { this.made = true; }
console.log(new Ctor().made);
function nested() { return (function () { return this; })(); }
console.log(typeof nested(), nested() === undefined);
var arrowInMethod = { f() { return (() => this === arrowInMethod)(); } };
console.log(arrowInMethod.f());
