// An unhandled rejection with a non-Error value prints node's UnhandledPromiseRejection error.
process.on('exit', (code) => console.log('exit listener sees', code));
Promise.reject(42);
