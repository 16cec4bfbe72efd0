// Patterns inside labeled loops, switch cases and blocks with break and continue.
outer: for (const [a, b] of [[1, 2], [3, 4]]) {
  for (const {c} of [{c: 5}]) {
    if (a === 1) continue outer;
    console.log(a, b, c);
  }
}
switch (1) { case 1: let {s} = {s: 'in switch'}; console.log(s); }
label: { const [x] = [1]; if (x) break label; console.log('not reached'); }
let n = 0;
while (true) { const [m = n++] = []; if (m > 2) break; }
console.log(n);
