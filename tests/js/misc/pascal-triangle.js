// Pascal's triangle rows with centered string output built by repeat.
var rows = [[1]];
for (var i = 1; i < 8; i++) {
  var prev = rows[i - 1], row = [1];
  for (var j = 1; j < i; j++) row.push(prev[j - 1] + prev[j]);
  row.push(1);
  rows.push(row);
}
var width = rows[rows.length - 1].join(" ").length;
for (var r = 0; r < rows.length; r++) {
  var line = rows[r].join(" ");
  console.log(" ".repeat((width - line.length) >> 1) + line);
}
console.log(rows[7]);
