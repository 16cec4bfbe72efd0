// Iterating arrays while they change: pushes during for-of are visited, as the spec's live length says.
const a = [1, 2, 3];
for (const x of a) { if (a.length < 6) a.push(x * 10); console.log(x); }
const b = [1, 2, 3, 4];
for (const x of b) { b.pop(); console.log('b', x); }
const it = a.values();
a.length = 0;
console.log(it.next());
a.push('late');
console.log(it.next());
