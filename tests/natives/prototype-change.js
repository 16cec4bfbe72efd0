// Loads cached from a prototype stay correct when the prototype changes after the caches
// warmed up: a shadowing property on an intermediate prototype, a new property, a changed
// value, a deleted one, and a swapped prototype; the shapes of the receivers do not change.
function Base() {}
Base.prototype.greet = function () { return 'base'; };
function Mid() {}
Mid.prototype = new Base();
const m = new Mid();
const m2 = new Mid();
function greet(o) { return o.greet(); }
function colour(o) { return o.colour; }
for (let i = 0; i < 5; i++) { greet(m); colour(m); }
console.log(greet(m), colour(m), %HaveSameMap(m, m2));
Mid.prototype.greet = function () { return 'mid'; };
console.log('shadowed on the middle prototype:', greet(m));
Base.prototype.colour = 'red';
console.log('added on the base:', colour(m));
Base.prototype.colour = 'blue';
console.log('changed on the base:', colour(m));
delete Mid.prototype.greet;
console.log('shadow deleted:', greet(m));
Object.prototype.colour2 = 'green';
function colour2(o) { return o.colour2; }
for (let i = 0; i < 3; i++) colour2(m);
console.log('from Object.prototype:', colour2(m));
delete Object.prototype.colour2;
console.log('after delete:', colour2(m));
console.log('receivers kept their shape:', %HaveSameMap(m, m2), %HasFastProperties(m));
m.greet = function () { return 'own'; };
console.log('own property:', greet(m), greet(m2));
