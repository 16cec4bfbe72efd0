// Per-iteration let bindings combined with continue, break and labelled continue.
var fns = [];
for (let i = 0; i < 5; i++) {
  if (i === 1) continue;
  if (i === 4) break;
  fns.push(() => i);
}
var out = [];
for (var k = 0; k < fns.length; k++) out.push(fns[k]());
console.log(out);
var grid = [];
outer: for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    if (c > r) continue outer;
    grid.push(() => r + "" + c);
  }
}
var g = [];
for (var m = 0; m < grid.length; m++) g.push(grid[m]());
console.log(g.join(" "));
let w = 0;
const ws = [];
while (w < 3) { let captured = w; ws.push(() => captured); w++; }
console.log(ws[0](), ws[1](), ws[2]());
