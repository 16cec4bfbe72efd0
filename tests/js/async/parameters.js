// An async function's parameters are evaluated when it is called; an exception in a default
// value rejects its promise instead of throwing. arguments, rest and destructuring work.
function boom() { throw new Error('default threw'); }
async function withDefault(a = boom()) { return a; }
const p = withDefault();
console.log('call returned', p instanceof Promise);
p.catch((e) => console.log('rejected:', e.message));
withDefault(5).then((v) => console.log('given', v));
async function rest(first, ...others) { await null; return [first, others, arguments.length]; }
rest(1, 2, 3).then((v) => console.log(JSON.stringify(v)));
async function destructure({ a, b: [c] }, [d = 'dflt'] = []) { return a + c + d; }
destructure({ a: 'A', b: ['C'] }).then(console.log);
async function dup(x, x) { return x; }
dup(1, 2).then((v) => console.log('duplicate parameter', v));
