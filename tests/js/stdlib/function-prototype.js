// Function.prototype call/apply/bind, name and length.
function add(a, b) { return (this && this.base || 0) + a + b; }
console.log(add.call({ base: 10 }, 1, 2), add.apply({ base: 100 }, [1, 2]), add.apply(null));
const bound = add.bind({ base: 1000 }, 1);
console.log(bound(2), bound.name, bound.length, add.name, add.length);
const bb = bound.bind(null, 5);
console.log(bb(), bb.name, bb.length);
function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind(null, 1);
const p = new P1(2);
console.log(p, p instanceof Point);
console.log((function (a, b = 1, c) {}).length, ((...r) => 0).length, (function (a, ...r) {}).length);
const anon = function () {};
const arrow = () => {};
console.log(anon.name, arrow.name, (function named() {}).name, (() => {}).name === '');
const obj = { method() {}, ['comp' + 'uted']() {}, get g() { return 1; } };
console.log(obj.method.name, obj.computed.name, Object.getOwnPropertyDescriptor(obj, 'g').get.name);
console.log(Math.max.name, Math.max.length, [].map.length, Object.keys.name);
try { add.apply(null, 5); } catch (e) { console.log(e.name, e.message); }
