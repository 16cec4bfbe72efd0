// A longer interleaving: functions awaiting each other, thenables, nextTick and promise
// chains, all started in one turn; the log shows node's job order.
const log = (s) => console.log(s);
async function a() { log('a1'); await b(); log('a2'); await null; log('a3'); }
async function b() { log('b1'); await { then(r) { log('b-then'); r(); } }; log('b2'); }
async function c() { log('c1'); return Promise.resolve('c-value'); }
a();
c().then((v) => log('c resolved ' + v));
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
process.nextTick(() => log('tick'));
queueMicrotask(() => log('microtask'));
log('sync');
