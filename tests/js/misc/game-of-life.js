// Conway's game of life on a small wrapped grid, printed as strings.
var grid = ["......", "..#...", "...#..", ".###..", "......", "......"];
function step(g) {
  var h = g.length, w = g[0].length, out = [];
  for (var y = 0; y < h; y++) {
    var row = "";
    for (var x = 0; x < w; x++) {
      var n = 0;
      for (var dy = -1; dy <= 1; dy++)
        for (var dx = -1; dx <= 1; dx++)
          if ((dy || dx) && g[(y + dy + h) % h][(x + dx + w) % w] === "#") n++;
      var alive = g[y][x] === "#";
      row += (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? "#" : ".";
    }
    out.push(row);
  }
  return out;
}
for (var gen = 0; gen < 4; gen++) { console.log("gen " + gen + ":\n" + grid.join("\n")); grid = step(grid); }
