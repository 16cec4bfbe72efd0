// Matrix multiplication and identity checks with nested arrays.
function mul(a, b) {
  var r = [];
  for (var i = 0; i < a.length; i++) {
    r.push([]);
    for (var j = 0; j < b[0].length; j++) {
      var s = 0;
      for (var k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      r[i].push(s);
    }
  }
  return r;
}
var A = [[1, 2], [3, 4]], I = [[1, 0], [0, 1]];
console.log(mul(A, A), mul(A, I));
var F = [[1, 1], [1, 0]], P = [[1, 0], [0, 1]];
for (var n = 0; n < 30; n++) P = mul(P, F);
console.log(P[0][1]);
console.log(mul([[1, 2, 3]], [[4], [5], [6]]));
