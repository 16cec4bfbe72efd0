// String.raw with template literals and with a raw-strings object.
console.log(String.raw`a\nb\t${1 + 1}c`);
console.log(String.raw`\u0041 is ${'A'}`.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
console.log(String.raw({ raw: 'abc' }, '-', '+'));
console.log(String.raw`C:\path\file.txt`);
