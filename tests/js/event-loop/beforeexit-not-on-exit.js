// 'beforeExit' is not emitted when the process ends by process.exit.
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(5 - 5), 1);
