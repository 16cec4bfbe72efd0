// Spread in arrays and calls and Array.from use the iteration protocol.
const letters = { [Symbol.iterator]() { const s = 'xyz'; let i = 0; return { next: () => ({ value: s[i], done: i++ >= s.length }) }; } };
console.log([...letters], [0, ...letters, 9]);
console.log(Math.max(...[3, 9, 2]), String.fromCharCode(...[104, 105]));
function args() { return arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
console.log(args(...letters, ...'ab'));
console.log(Array.from(letters), Array.from(letters, (c, i) => c + i));
console.log(Array.from('héllo'), Array.from([1, , 3]), Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])));
console.log([...new Set('aabbc')].join(''));
