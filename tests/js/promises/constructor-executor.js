// The executor runs synchronously; a throw in it rejects; only the first resolve/reject counts.
const p1 = new Promise((resolve, reject) => { console.log('executor runs now'); resolve('one'); reject('no'); resolve('two'); });
console.log('after constructor');
p1.then((v) => console.log('p1', v));
const p2 = new Promise(() => { throw new RangeError('in executor'); });
p2.catch((e) => console.log('p2', e.name, e.message));
const p3 = new Promise((resolve) => { resolve('kept'); throw new Error('after resolve: ignored'); });
p3.then((v) => console.log('p3', v));
try { Promise(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Promise(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Promise(42); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Promise({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof Promise, Promise.length, Promise.name, Object.prototype.toString.call(p1));
