// Array: the constructor's holes and RangeErrors, and Array.prototype's methods on arrays, holes
// and array-likes, including sort with consistent and inconsistent comparators: one case a line,
// a throw printed as its name and message.
console.log('%O', Array(3));
console.log('%O', new Array(3));
console.log('%O', Array(1, 2, 3));
console.log('%O', Array("3"));
console.log('%O', new Array(2, 3));
console.log('%O', Array(0));
console.log('%O', Array());
try { new Array(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array(1.5); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array(4294967296); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', Array.isArray([]));
console.log('%O', Array.isArray({ length: 0 }));
console.log('%O', Array.of(7));
console.log('%O', Array.from("a😀b"));
console.log('%O', Array.from({ length: 3 }, (_, i) => i * 2));
console.log('%O', Array.from([1, , 3]));
console.log('%O', (() => { const a = [1]; return [a.push(2, 3), a]; })());
console.log('%O', (() => { const a = [1, 2]; return [a.pop(), a]; })());
console.log('%O', [].pop());
console.log('%O', (() => { const a = [1, , 3]; return [a.shift(), a]; })());
console.log('%O', (() => { const a = [3]; return [a.unshift(1, 2), a]; })());
console.log('%O', (() => { const o = { length: 2 }; Array.prototype.push.call(o, "x"); return o; })());
console.log('%O', (() => { const o = { 0: "a", 1: "b", length: 2 }; return [Array.prototype.pop.call(o), o]; })());
try { Array.prototype.push.call(null, 1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', [1, [2, [3, null]], undefined].toString());
console.log('%O', [1, , 3].join("-"));
console.log('%O', [null, undefined].join());
console.log('%O', [1, 2].join(undefined));
console.log('%O', [1, 2].join(null));
console.log('%O', (() => { const a = [1]; a.push(a); return a.join(); })());
console.log('%O', Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "-"));
console.log('%O', String([, ,]));
console.log('%O', [1.5, -0, 1e21].join());
console.log('%O', Array.prototype.toString.call({}));
console.log('%O', [1, 2, 3, 4].slice(1));
console.log('%O', [1, 2, 3, 4].slice(-2));
console.log('%O', [1, 2, 3, 4].slice(1, -1));
console.log('%O', [1, 2, 3, 4].slice(-10, 2));
console.log('%O', [1, 2, 3, 4].slice());
console.log('%O', [1, 2, 3, 4].slice(2, 1));
console.log('%O', [1, 2, 3, 4].slice(1.5, 3.5));
console.log('%O', [1, , 3].slice(0, 2));
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(1, 1, "a", "b"), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(1), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(-1, 1), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(0, 0, 9), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(1, 10), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(), a]; })());
console.log('%O', (() => { const a = [1, 2, 3]; return [a.splice(2, 0, "x", "y", "z"), a]; })());
console.log('%O', [1, 2, 3].concat(4, [5, [6]]));
console.log('%O', [1, , 3].concat([, 5]));
console.log('%O', [1, 2, 3].reverse());
console.log('%O', [1, , 3, 4].reverse());
console.log('%O', Array(3).fill(0));
console.log('%O', [1, 2, 3, 4].fill(9, 1, -1));
console.log('%O', [NaN].indexOf(NaN));
console.log('%O', [NaN].includes(NaN));
console.log('%O', [1, 2, 3, 2].indexOf(2));
console.log('%O', [1, 2, 3, 2].lastIndexOf(2));
console.log('%O', [1, 2, 3].indexOf(3, -1));
console.log('%O', [1, 2, 3].lastIndexOf(3, -2));
console.log('%O', ["1"].indexOf(1));
console.log('%O', [, 1].indexOf(undefined));
console.log('%O', [, 1].includes(undefined));
console.log('%O', [-0].includes(0));
console.log('%O', [1, 2, 3].at(-1));
console.log('%O', [1, 2, 3].at(5));
console.log('%O', [1, 2, 3].map(x => x * 2));
console.log('%O', [1, , 3].map(x => x * 2));
console.log('%O', new Array(3).map(x => 1));
console.log('%O', [1, 2, 3, 4].filter(x => x % 2));
console.log('%O', [1, 2, 3].some(x => x > 2));
console.log('%O', [1, 2, 3].every(x => x > 2));
console.log('%O', [].every(x => false));
console.log('%O', [5, 12, 8].find(x => x > 6));
console.log('%O', [5, 12, 8].findIndex(x => x > 20));
console.log('%O', [5, 12, 8].findLast(x => x > 6));
console.log('%O', [5, 12, 8].findLastIndex(x => x > 6));
console.log('%O', [, 1].findIndex(x => x === undefined));
console.log('%O', [1, 2, 3].reduce((a, b) => a + b));
console.log('%O', [1, 2, 3].reduce((a, b) => a + b, 10));
console.log('%O', ["a", "b", "c"].reduceRight((a, b) => a + b));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.name + ": " + e.message); }
try { [, , ].reduce((a, b) => a); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].forEach(3); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].map({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].map("abc"); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].map([1, 2]); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].map(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', [1, [2, [3, [4]]]].flat());
console.log('%O', [1, [2, [3, [4]]]].flat(Infinity));
console.log('%O', [1, 2].flatMap(x => [x, x * 10]));
console.log('%O', [5, 1, 10].sort());
console.log('%O', [5, 1, 10].sort((a, b) => a - b));
console.log('%O', [3, 1, undefined, , 2].sort());
console.log('%O', ["b", "a", "C", "B"].sort());
console.log('%O', [3, 1, 2].sort((a, b) => a > b));
console.log('%O', [3, 1, 2, 5, 4].sort((a, b) => b > a));
try { [1].sort(1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', [[2, "b"], [1, "a"], [2, "a"], [1, "b"]].sort((x, y) => x[0] - y[0]));
console.log('%O', Array.from({ length: 100 }, (_, i) => (i * 37) % 100).sort((a, b) => a - b).join());
console.log('%O', Array.from({ length: 70 }, (_, i) => String((i * 7) % 70)).sort().join());
console.log('%O', (() => { const a = [1, 2, 3]; a.length = 1; return a; })());
