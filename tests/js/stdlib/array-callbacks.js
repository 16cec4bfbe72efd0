// forEach map filter reduce reduceRight some every find findIndex findLast findLastIndex.
const a = [5, 1, 4, 2, 3];
a.forEach((v, i, arr) => { if (i === 0) console.log(v, i, arr === a); });
console.log(a.map(x => x * 2), a.filter(x => x % 2), a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10));
console.log(a.reduceRight((s, x) => s + '-' + x, ''), [[1, 2], [3]].reduceRight((acc, x) => acc.concat(x), []));
console.log(a.some(x => x > 4), a.some(x => x > 5), a.every(x => x > 0), [].every(x => false), [].some(x => true));
console.log(a.find(x => x > 3), a.findIndex(x => x > 3), a.findLast(x => x > 3), a.findLastIndex(x => x > 3));
console.log(a.find(x => x > 9), a.findIndex(x => x > 9), a.findLast(x => x > 9), a.findLastIndex(x => x > 9));
console.log([1, , 3].map(x => x * 2), [1, , 3].filter(() => true));
try { [].reduce((s, x) => s); } catch (e) { console.log(e.name, e.message); }
try { a.map(); } catch (e) { console.log(e.name, e.message); }
console.log(['a', 'b'].map(function (x) { return this.p + x; }, { p: '>' }));
