// "not a Smi" in OSR code: a failed check deoptimizes OSR code back into an interpreter frame as
// any other deopt. sum(values), called once, continues in code compiled for its loop
// (%OptimizeOsr() before it); its array ends in a string where the loop's addition had only seen
// small integers, so the check in the loop body fails and the interpreter finishes the loop from
// that bytecode. count(from, n) is compiled for its loop on its first call, with c a small
// integer at the header; the second call enters the cached code with c holding a double, so the
// entry's own check fails at the loop header, and the next back edge compiles the loop anew.
function sum(values) {
  let total = 0;
  %OptimizeOsr();
  for (let i = 0; i < values.length; i++) {
    total += values[i];
  }
  return total;
}
const ints = [];
for (let k = 0; k < 20; k++) ints.push(k);
console.log(sum(ints.concat(['!'])));

function count(from, n) {
  let c = from;
  %OptimizeOsr();
  for (let i = 0; i < n; i++) {
    c += 1;
  }
  return c;
}
console.log(count(0, 100));
console.log(count(0.5, 100));
