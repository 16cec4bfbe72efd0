// break with a label exits the labelled outer loop or block.
var out = [];
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) {
    if (j === 2) continue outer;
    if (i === 2) break outer;
    out.push(i + "" + j);
  }
}
console.log(out.join(" "));
block: {
  console.log("in block");
  if (true) break block;
  console.log("not printed");
}
console.log("after block");
var found = null;
search: for (var r = 0; r < 4; r++) {
  var c = 0;
  while (c < 4) {
    if (r * c === 6) { found = [r, c]; break search; }
    c++;
  }
}
console.log(found);
