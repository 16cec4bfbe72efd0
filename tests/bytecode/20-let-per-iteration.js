// A captured let loop variable: a fresh block context per iteration.
function test() { const fs = []; for (let i = 0; i < 2; i++) { fs.push(() => i); } return fs; }
test();
