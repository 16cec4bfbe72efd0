// Object statics: keys values entries assign create getPrototypeOf setPrototypeOf fromEntries is.
const o = { b: 2, a: 1, 10: 'ten', 2: 'two' };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.assign({ x: 0 }, { y: 1 }, null, undefined, { x: 2 }), Object.assign({}, 'ab'));
const proto = { greet() { return 'hi ' + this.name; } };
const c = Object.create(proto, { name: { value: 'c', enumerable: true } });
console.log(c.greet(), Object.getPrototypeOf(c) === proto, Object.keys(c));
const n = Object.create(null);
console.log(Object.getPrototypeOf(n), n);
const s = Object.setPrototypeOf({ name: 's' }, proto);
console.log(s.greet(), Object.setPrototypeOf(s, null) === s, Object.getPrototypeOf(s));
console.log(Object.fromEntries([['a', 1], ['b', 2]]), Object.fromEntries(new Map([['m', 1]])));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));
console.log(Object.getPrototypeOf('str') === String.prototype, Object.keys('ab'));
try { Object.setPrototypeOf({}, 5); } catch (e) { console.log(e.name, e.message); }
try { Object.create(5); } catch (e) { console.log(e.name, e.message); }
