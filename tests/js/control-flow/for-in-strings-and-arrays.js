// for-in over an array with holes and over a string gives index keys as strings.
var arr = [10, , 30];
arr[5] = 50;
var keys = [];
for (var k in arr) keys.push(k);
console.log(keys, arr);
var sk = [];
for (var k2 in "abc") sk.push(k2);
console.log(sk);
var total = 0;
for (var idx in [5, 6, 7]) total += idx;
console.log(total);
