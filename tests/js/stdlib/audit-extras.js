// Array.prototype.copyWithin, String.prototype.normalize and the full list of well-known symbols.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2), [1, 2, 3, 4, 5].copyWithin(1, 0, 2));
console.log([1, , 3].copyWithin(0, 1), [1, 2, 3].copyWithin(0, 1, 1), Array.prototype.copyWithin.call({ length: 3, 2: 'x' }, 0, 2));
console.log('\u0041\u030A'.normalize().length, 'Å'.normalize('NFD').length, 'ﬁ'.normalize('NFKC'), 'é' === 'e\u0301'.normalize());
try { 'a'.normalize('x'); } catch (e) { console.log(e.name, e.message); }
console.log(['iterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'isConcatSpreadable', 'matchAll', 'replace', 'search', 'split'].every(n => typeof Symbol[n] === 'symbol'));
for (const name of ['asyncIterator', 'species', 'unscopables', 'match']) console.log(typeof Symbol[name], Symbol[name].toString());
