// process.exitCode is the exit code when the loop ends; 'exit' listeners see it and may change it.
process.exitCode = 3;
process.on('exit', (code) => {
  console.log('exit with', code, process.exitCode);
  process.exitCode = 0;
});
setTimeout(() => console.log('timer'), 1);
