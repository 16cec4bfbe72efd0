// One load site sees 1, 2, 4, then 8 shapes (monomorphic, polymorphic, megamorphic) and always
// reads the right value; a keyed site switches between element and named access.
function getV(o) { return o.v; }
var objs = [];
var names = ["a", "b", "c", "d", "e", "f", "g", "h"];
for (var i = 0; i < 8; i++) {
  var o = {};
  o[names[i]] = i;
  o.v = i * 10;
  objs.push(o);
}
var sum = 0;
for (var round = 0; round < 3; round++) {
  for (var k = 0; k < objs.length; k++) sum += getV(objs[k]);
}
console.log(sum);
function at(o, key) { return o[key]; }
var arr = [10, 20, 30];
console.log(at(arr, 0), at(arr, 2), at(arr, "length"), at({ q: 5 }, "q"), at("str", 1), at(arr, "1"));
var glob = 0;
function bump() { glob = glob + 1; return glob; }
for (var m = 0; m < 5; m++) bump();
console.log(bump(), typeof globalThis.glob);
