// In strict code, callbacks invoked as plain functions see this === undefined; arrows inherit this.
"use strict";
function run(cb) { return cb(); }
console.log(run(function () { return this; }));
var obj = {
  v: 42,
  viaFunction() { return run(function () { return this === undefined ? "undefined" : this.v; }); },
  viaArrow() { return run(() => this.v); }
};
console.log(obj.viaFunction(), obj.viaArrow());
function Ctor() { this.x = 1; }
try { Ctor(); } catch (e) { console.log(e.name + ": " + e.message); }
