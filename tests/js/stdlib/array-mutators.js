// fill concat reverse splice shift unshift includes lastIndexOf at flat.
const a = [1, 2, 3, 4, 5];
console.log([0, 0, 0].fill(7), [0, 0, 0, 0].fill(1, 1, 3), new Array(3).fill('x'), [1, 2, 3].fill(9, -1));
console.log([1].concat([2, 3], 4, [[5]]), a.concat(), [].concat.call([], 1));
console.log([1, 2, 3].reverse(), [].reverse(), [1, , 3].reverse());
const s = [1, 2, 3, 4, 5];
console.log(s.splice(1, 2), s, s.splice(-1), s, s.splice(1, 0, 'a', 'b'), s, s.splice(0), s);
const q = [1, 2, 3];
console.log(q.shift(), q, q.unshift(0, 0.5), q, [].shift());
console.log(a.includes(3), a.includes(9), [NaN].includes(NaN), [NaN].indexOf(NaN), a.includes(1, 1));
console.log([1, 2, 1, 2].lastIndexOf(2), [1, 2, 1, 2].lastIndexOf(2, 2), [1].lastIndexOf(9));
console.log(a.at(0), a.at(-1), a.at(10), a.at(-10), a.at(1.7));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, , [2, , 3]].flat());
console.log([[1, 2], [3]].flatMap(x => x), [1, 2].flatMap(x => [x, x * 10]));
