// for-of with an array pattern head over Object.entries.
const scores = {ann: 3, bob: 5};
for (const [name, score] of Object.entries(scores)) {
  console.log(name + ': ' + score);
}
let total = 0;
for (let [, score] of Object.entries(scores)) total += score;
console.log(total);
