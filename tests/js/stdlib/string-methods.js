// codePointAt at padStart padEnd trimStart trimEnd localeCompare.
const s = 'a😀b';
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(9));
console.log('abc'.at(0), 'abc'.at(-1), 'abc'.at(5), s.at(1).length);
console.log('5'.padStart(3, '0'), 'abc'.padStart(8, '12'), 'abc'.padStart(2), 'x'.padStart(4));
console.log('5'.padEnd(3, '0') + '|', 'abc'.padEnd(8, '12') + '|', 'abc'.padEnd(6) + '|', 'a'.padEnd(3, '') + '|');
console.log('[' + '  hi  '.trimStart() + ']', '[' + '  hi  '.trimEnd() + ']', '[' + '\n\t x \u00a0'.trim() + ']');
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log(['b', 'a', 'c'].sort((x, y) => x.localeCompare(y)));
console.log(String.fromCodePoint(128512, 65), 'abc'.concat(1, 2), 'ab'.repeat(3));
