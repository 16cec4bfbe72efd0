// Hand-written lazy iterators composed: map/filter/take over an infinite sequence.
function naturals() { let n = 0; return { [Symbol.iterator]() { return this; }, next() { return { value: n++, done: false }; } }; }
function map(it, f) { const src = it[Symbol.iterator](); return { [Symbol.iterator]() { return this; }, next() { const r = src.next(); return r.done ? r : { value: f(r.value), done: false }; }, return() { console.log('map closed'); return {}; } }; }
function filter(it, p) { const src = it[Symbol.iterator](); return { [Symbol.iterator]() { return this; }, next() { for (;;) { const r = src.next(); if (r.done || p(r.value)) return r; } } }; }
const out = [];
for (const v of map(filter(naturals(), n => n % 3 === 0), n => n * n)) { if (out.length === 5) break; out.push(v); }
console.log(out);
