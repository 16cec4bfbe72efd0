// Array length: max index 2^32-2, invalid lengths throw RangeError, non-index keys don't change length.
var a = [];
a[4294967294] = "last index";
console.log(a.length);
var b = [];
b[4294967295] = "not an index";
console.log(b.length, b[4294967295]);
try { var c = []; c.length = -1; } catch (e) { console.log(e.name, e.message); }
try { var d = []; d.length = 1.5; } catch (e) { console.log(e.name, e.message); }
try { var e2 = []; e2.length = 4294967296; } catch (e) { console.log(e.name, e.message); }
var f = [1, 2, 3];
f.length = "2";
console.log(f, f.length);
var g = [1, 2, 3];
g["1.0"] = "str key";
g["01"] = "also str";
console.log(g.length, g[1], g["1.0"]);
