// A rejection handled only in a later timer is reported before that timer runs.
const p = Promise.reject(new TypeError('too late'));
setTimeout(() => {
  console.log('never printed');
  p.catch(() => {});
}, 1);
