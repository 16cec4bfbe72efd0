// A generator object is its own iterator; next/return/throw can be taken off it and called with it as receiver; manual protocol use matches for-of.
function* abc() {
  yield "a";
  yield "b";
  yield "c";
}
const it = abc();
const next = it.next;
console.log(next.call(it), it.next.call(it));
const iterator = it[Symbol.iterator]();
console.log(iterator === it, [...iterator], [...it]);
const manual = [];
const m = abc();
for (let r = m.next(); !r.done; r = m.next()) manual.push(r.value);
const viaForOf = [];
for (const v of abc()) viaForOf.push(v);
console.log(manual.join() === viaForOf.join(), manual);
const e = abc().entries;
console.log(e);
class Wrapper {
  constructor(gen) {
    this.gen = gen;
  }
  [Symbol.iterator]() {
    return this.gen();
  }
}
const w = new Wrapper(abc);
console.log([...w], [...w], Array.from(w).length);
const partially = abc();
partially.next();
console.log([...partially]);
