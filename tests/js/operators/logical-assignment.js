// &&= ||= ??= only assign when needed and short-circuit (no assignment, no evaluation).
var a = 0, b = 1, c = null, d = "x";
a ||= 10; b ||= 20; c ??= 30; d ??= 40;
console.log(a, b, c, d);
var e = 1, f = 0;
e &&= "yes"; f &&= "no";
console.log(e, f);
var evals = 0;
function val() { evals++; return 99; }
var g = 5;
g ||= val(); g ??= val();
var h = 0;
h &&= val();
console.log(g, h, evals);
var o = { x: null, y: 0, z: "keep" };
o.x ??= "filled"; o.y ||= "truthy"; o.z &&= o.z + "!"; o["w"] ??= "new";
console.log(o);
var arr = [null, 1];
arr[0] ??= "a"; arr[1] ??= "b"; arr[5] ||= "far";
console.log(arr);
