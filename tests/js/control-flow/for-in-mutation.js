// for-in with deletions during iteration (deleted keys not yet visited are skipped) and deleted keys.
var o = { a: 1, b: 2, c: 3, d: 4 };
delete o.b;
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === "a") delete o.c;
}
console.log(seen.join(","));
var o2 = { x: 1, y: 2 };
delete o2.x;
o2.x = "re-added";
var s2 = [];
for (var k2 in o2) s2.push(k2);
console.log(s2.join(","), o2);
var arr = [1, 2, 3, 4];
delete arr[1];
var s3 = [];
for (var i in arr) s3.push(i);
console.log(s3.join(","));
