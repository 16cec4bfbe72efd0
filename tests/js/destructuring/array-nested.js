// Nested array and object patterns inside an array pattern.
const [[a, b], [c, [d]], {e, f: [g]}] = [[1, 2], [3, [4]], {e: 5, f: [6]}];
console.log(a, b, c, d, e, g);
const matrix = [[1, 2], [3, 4]];
const [[m00, m01], [m10, m11]] = matrix;
console.log(m00 * m11 - m01 * m10);
