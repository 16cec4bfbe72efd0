// 'exit' listeners run in order with the code; process.exit inside one stops the others.
process.on('exit', (code) => console.log('first listener', code));
process.on('exit', (code) => {
  console.log('second listener', code);
  process.exit(0);
});
process.on('exit', () => console.log('never: third listener'));
process.exitCode = 4;
