// Math.random returns numbers in [0, 1); only properties (not values) are printed.
var ok = true, distinct = {};
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (typeof r !== "number" || r < 0 || r >= 1 || r !== r) ok = false;
  distinct[Math.floor(r * 10)] = true;
}
var buckets = 0;
for (var k in distinct) buckets++;
console.log(ok, buckets > 5, typeof Math.random());
