// A rejection of an async function nobody handles reaches process.on('unhandledRejection'),
// after the microtasks of the turn ran; one handled in the same turn never does.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason.message, promise instanceof Promise);
});
async function fails(msg) { await null; throw new Error(msg); }
fails('nobody listens');
fails('handled later in the turn').catch((e) => console.log('handled:', e.message));
const p = fails('handled after a tick');
Promise.resolve().then(() => p.catch(() => console.log('late handler ran')));
