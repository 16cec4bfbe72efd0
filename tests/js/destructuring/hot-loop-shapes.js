// Object patterns in a hot loop over objects of one shape (the property loads use ICs).
function sumPoints(points) {
  let sx = 0, sy = 0;
  for (const {x, y} of points) { sx += x; sy += y; }
  return [sx, sy];
}
const pts = [];
for (let i = 0; i < 1000; i++) pts.push({x: i, y: 2 * i});
console.log(sumPoints(pts));
console.log(sumPoints([{x: 1, y: 1}, {y: 2, x: 2}, {x: 3, y: 3, z: 0}]));
