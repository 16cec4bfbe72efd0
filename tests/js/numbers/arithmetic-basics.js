// + - * / % ** on doubles including precision, negatives and remainder sign rules.
console.log(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 % 3, 7 ** 3);
console.log(-7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -5.5 % 2);
console.log(0.3 % 0.1, 10 % 0, 0 % 10, Infinity % 2, 2 % Infinity);
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5, 4 ** 0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, (-8) ** (1 / 3));
console.log(1 / 3 * 3, 0.1 * 10, 3 * 1.1);
console.log(9007199254740992 + 1, 9007199254740992 + 2);
console.log(-(-5), - -5, +-5, -(+5));
console.log(1e308 * 10, -1e308 * 10, 1e-320 / 1e10);
