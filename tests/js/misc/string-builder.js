// Building strings incrementally: padding tables, repeat and lastIndexOf-based path utilities.
function padRight(s, w) { s = String(s); return s + " ".repeat(Math.max(0, w - s.length)); }
var rows = [["name", "qty", "price"], ["apple", 3, 0.5], ["watermelon", 1, 3.25], ["fig", 12, 0.1]];
for (var i = 0; i < rows.length; i++) {
  var line = "";
  for (var j = 0; j < rows[i].length; j++) line += padRight(rows[i][j], 12);
  console.log(line.trim());
}
function basename(p) { return p.slice(p.lastIndexOf("/") + 1); }
function extname(p) { var b = basename(p), d = b.lastIndexOf("."); return d <= 0 ? "" : b.slice(d); }
var paths = ["/usr/local/bin/node", "archive.tar.gz", ".bashrc", "dir/"];
for (var k = 0; k < paths.length; k++) console.log("[" + basename(paths[k]) + "]", "[" + extname(paths[k]) + "]");
