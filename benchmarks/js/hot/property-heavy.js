// PropertyHeavyBenchmark's program: objects of twelve properties (so a full lookup hashes
// instead of scanning a few keys) read six fields per iteration, and a method found three
// prototypes up.
'use strict';

function Base() {}
Base.prototype.weight = function () { return this.a + this.p; };
function Mid() {}
Mid.prototype = new Base();
function Leaf() {}
Leaf.prototype = new Mid();
function make(i) {
  const o = new Leaf();
  o.a = i; o.b = i + 1; o.c = i + 2; o.d = i + 3; o.e = i + 4; o.f = i + 5;
  o.g = i + 6; o.h = i + 7; o.k = i + 8; o.m = i + 9; o.n = i + 10; o.p = i + 11;
  return o;
}
function fields(objs) {
  let s = 0;
  for (let i = 0; i < objs.length; i++) {
    const o = objs[i];
    s = (s + o.a + o.c + o.e + o.g + o.k + o.p) | 0;
  }
  return s;
}
function methods(objs) {
  let s = 0;
  for (let i = 0; i < objs.length; i++) {
    s = (s + objs[i].weight()) | 0;
  }
  return s;
}
const objs = [];
for (let i = 0; i < 100; i++) objs.push(make(i));
module.exports.objs = objs;
module.exports.fields = fields;
module.exports.methods = methods;
