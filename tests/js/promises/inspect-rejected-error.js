// A promise rejected with an Error prints the error inside the braces (no frames: Error.stackTraceLimit = 0).
Error.stackTraceLimit = 0;
function make() { return Promise.reject(new TypeError('bad thing')); }
const p = make();
p.catch(() => {});
console.log(p);
const q = Promise.reject(new Error('short'));
q.catch(() => {});
console.log({ q });
