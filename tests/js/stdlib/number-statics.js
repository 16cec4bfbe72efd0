// Number.isInteger isSafeInteger isFinite isNaN parseFloat parseInt and the constants.
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(1e300), Number.isInteger(-0));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(1.5));
console.log(Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), isFinite('1'));
console.log(Number.isNaN(NaN), Number.isNaN('x'), isNaN('x'), Number.isNaN(0 / 0));
console.log(Number.parseFloat('3.14abc'), Number.parseInt('42px'), Number.parseInt('ff', 16), Number.parseFloat === parseFloat);
console.log(parseInt('  -12  '), parseInt('0x1f'), parseInt('101', 2), parseInt(''), parseFloat('.5e1'), parseFloat('-Infinityx'));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
