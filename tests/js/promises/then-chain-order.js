// Reactions of two independent chains interleave one job at a time, in registration order.
const log = [];
Promise.resolve().then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3'));
log.push('sync');
setTimeout(() => console.log(log.join(' ')), 0);
