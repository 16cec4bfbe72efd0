// await of a plain value, of undefined and of an already-settled promise all resume after one
// tick; await of a pending promise resumes one tick after it settles.
const log = [];
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
async function plain() { log.push('plain:' + await 42); }
async function none() { await undefined; log.push('undefined'); }
async function settled() { log.push('settled:' + await Promise.resolve('s')); }
async function pending() { log.push('pending:' + await later); }
pending(); plain(); none(); settled();
Promise.resolve().then(() => { log.push('then 1'); resolveLater('p'); })
  .then(() => log.push('then 2')).then(() => log.push('then 3'))
  .then(() => console.log(log.join('\n')));
