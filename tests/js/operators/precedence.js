// Operator precedence and associativity: arithmetic, unary, **, comparison, logical, assignment.
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 ** 3 ** 2);
console.log((-2) ** 2, -(2 ** 2), 2 ** -2);
console.log(1 + 2 + "3" + 4 + 5, 6 / 2 * 3, 7 % 4 * 2);
console.log(1 < 2 == true, 1 == 1 && 2 == 2, 1 | 2 & 3, 1 ^ 3 | 4);
console.log(!1 + 1, typeof 1 + 1, -1 - -1, +"3" + +"4");
console.log(1 || 0 && 0, (1 || 0) && 0, 1 << 2 + 1, (1 << 2) + 1);
var a, b, c;
a = b = c = 5;
console.log(a, b, c);
console.log(3 > 2 ? 1 : 0 + 10, (3 > 2 ? 1 : 0) + 10);
