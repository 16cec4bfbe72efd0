// Strings iterate by code point; String.prototype[Symbol.iterator] is a real method.
const s = 'a😀b';
console.log(s.length, [...s].length, [...s]);
for (const ch of s) console.log(ch, ch.length);
const it = s[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Array.from('abc', c => c.toUpperCase()));
console.log([...''], [...'x']);
