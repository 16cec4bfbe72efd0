// With only an 'uncaughtException' listener, an unhandled rejection reaches it with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => console.log(origin, err instanceof Error ? err.message : err));
Promise.reject(new Error('rejected error'));
setTimeout(() => console.log('the process goes on'), 1);
