// let/const declared in loop bodies are fresh each iteration; const in for-of/for-in heads.
var results = [];
for (var i = 0; i < 3; i++) {
  const doubled = i * 2;
  let label = "n" + doubled;
  results.push(function () { return label; });
}
console.log(results[0](), results[1](), results[2]());
var keys = [];
for (const k in { x: 1, y: 2 }) keys.push(() => k);
console.log(keys[0](), keys[1]());
var total = 0;
for (const v of [1, 2, 3]) { total += v; }
console.log(total);
