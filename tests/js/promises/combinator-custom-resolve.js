// The combinators call this.resolve for every value, and then on what it returns.
const seen = [];
class Traced extends Promise {
  static resolve(v) { seen.push(v); return super.resolve(v); }
}
Traced.all([1, 2]).then((v) => console.log('all', v, seen));
const bad = { resolve: 5 };
Promise.all.call(Promise, [1]).then(() => {});
try { Promise.all.call(5, []); } catch (e) { console.log(e.name + ': ' + e.message); }
function Fake(executor) { executor((v) => console.log('fake resolved', v), (e) => console.log('fake rejected', e.message)); }
Fake.resolve = 5;
Promise.all.call(Fake, [1]);
console.log(typeof bad.resolve);
