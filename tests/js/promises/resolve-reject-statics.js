// Promise.resolve returns a promise of its own constructor as is; Promise.reject always makes a new one.
const p = Promise.resolve(1);
const rp = Promise.reject(p);
rp.catch(() => {});
console.log(Promise.resolve(p) === p, rp === p);
Promise.reject(p).catch((r) => console.log('rejected with the promise itself:', r === p));
class Sub extends Promise {}
const s = Sub.resolve(2);
console.log(s instanceof Sub, Promise.resolve(s) === s, Sub.resolve(s) === s, Sub.resolve(p) === p);
console.log(s.then(() => {}) instanceof Sub, p.then(() => {}) instanceof Sub);
try { Promise.resolve.call(5, 1); } catch (e) { console.log(e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.message); }
try { Promise.prototype.then.call(7); } catch (e) { console.log(e.message); }
console.log(Promise[Symbol.species] === Promise, Sub[Symbol.species] === Sub);
console.log(Promise.resolve.length, Promise.reject.length, Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
