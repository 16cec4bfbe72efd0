// An interval runs in three timers phases, then is cleared; 'beforeExit' and 'exit' end the program.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(iv);
}, 1);
const idle = setTimeout(() => console.log('never: unref'), 1000);
idle.unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code));
