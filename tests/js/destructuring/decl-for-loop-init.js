// A let pattern in a for loop's initializer: one fresh binding per iteration, as for plain names.
for (let [i, j] = [0, 3]; i < j; i++, j--) console.log(i, j);
const fs = [];
for (let [i] = [0]; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()));
