// setInterval repeats until cleared; clearInterval from inside its own callback stops it.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 2);
let m = 0;
const iv2 = setInterval(function () {
  if (++m === 2) clearTimeout(this);
  console.log('iv2', m, this === iv2);
}, 1);
