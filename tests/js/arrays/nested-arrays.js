// Nested arrays: matrix creation, access, mutation and printing.
var m = [];
for (var i = 0; i < 3; i++) {
  m.push([]);
  for (var j = 0; j < 3; j++) m[i].push(i * 3 + j);
}
console.log(m);
m[1][1] = "center";
console.log(m[1], m[1][1], m.length, m[0].length);
var t = [];
for (var r = 0; r < 3; r++) { t.push([]); for (var c = 0; c < 3; c++) t[r].push(m[c][r]); }
console.log(t);
var jag = [[1], [2, [3, [4, [5]]]]];
console.log(jag);
console.log(jag[1][1][1][1][0]);
