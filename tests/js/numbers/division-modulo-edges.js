// Division and remainder edge cases: signs of zero, infinities, non-integer operands, large values.
console.log(0 / 5, 0 / -5, -0 / 5, 5 / -0, -5 / -0);
console.log(1 / (0 / -5), 1 / (-0 / -5));
console.log(5 % 3, 5 % -3, -5 % 3, -5 % -3, 5.25 % 1, -5.25 % 1);
console.log(1 / (-4 % 2), 1 / (4 % -2), 0.1 % 0.01, 1e21 % 7, 2 ** 53 % 3);
console.log(Infinity % 1, 1 % Infinity, -1 % -Infinity, 1 / (-0 % 5), NaN % 1);
console.log(7 / 2 | 0, -7 / 2 | 0, Math.floor(-7 / 2), -7 / 2 >> 0);
