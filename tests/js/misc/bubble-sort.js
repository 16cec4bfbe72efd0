// Hand-written bubble sort and insertion sort on numbers and strings (no Array.prototype.sort).
function bubble(a) {
  a = a.slice();
  for (var i = 0; i < a.length; i++)
    for (var j = 0; j < a.length - 1 - i; j++)
      if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  return a;
}
function insertion(a) {
  a = a.slice();
  for (var i = 1; i < a.length; i++) {
    var v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
console.log(bubble([5, 3, 9, 1, -2, 7, 0]));
console.log(insertion(["pear", "apple", "fig", "Banana", "cherry"]));
console.log(bubble(["10", "9", "1", "100"]), bubble([10, 9, 1, 100]));
