// return exits immediately (even from nested loops); returning functions and objects.
function find(arr, x) {
  for (var i = 0; i < arr.length; i++) {
    for (var j = 0; j < arr[i].length; j++) {
      if (arr[i][j] === x) return [i, j];
    }
  }
  return null;
}
console.log(find([[1, 2], [3, 4]], 4), find([[1]], 9));
function early(n) { if (n > 0) return "positive"; if (n < 0) return "negative"; return "zero"; }
console.log(early(5), early(-5), early(0));
function asi() {
  return
  42;
}
console.log(asi());
function obj() { return { ok: true }; }
console.log(obj().ok);
