// Recursive permutations and n-queens counting via backtracking.
function perms(arr) {
  if (arr.length <= 1) return [arr.slice()];
  var out = [];
  for (var i = 0; i < arr.length; i++) {
    var rest = arr.slice(0, i);
    var tail = arr.slice(i + 1);
    for (var t = 0; t < tail.length; t++) rest.push(tail[t]);
    var sub = perms(rest);
    for (var j = 0; j < sub.length; j++) { var p = [arr[i]]; for (var k = 0; k < sub[j].length; k++) p.push(sub[j][k]); out.push(p.join("")); }
  }
  return out;
}
console.log(perms(["a", "b", "c"]));
function queens(n) {
  var count = 0, cols = [], d1 = [], d2 = [];
  function place(r) {
    if (r === n) { count++; return; }
    for (var c = 0; c < n; c++) {
      if (cols[c] || d1[r + c] || d2[r - c + n]) continue;
      cols[c] = d1[r + c] = d2[r - c + n] = true;
      place(r + 1);
      cols[c] = d1[r + c] = d2[r - c + n] = false;
    }
  }
  place(0);
  return count;
}
console.log(queens(4), queens(6), queens(8));
