// Closures made at one site share feedback; each instance must still behave as its own function, whatever shapes, operand types and callees the others saw.

// Readers made in a loop, each fed objects of a different shape (one shared load IC goes
// polymorphic, then megamorphic).
const readers = [];
for (let i = 0; i < 7; i++) {
  readers.push((o) => o.x);
}
const shaped = [
  {x: 1},
  {a: 0, x: 2},
  {a: 0, b: 0, x: 3},
  {x: 4.5, y: 1},
  {x: 'five'},
  Object.create({x: 6}),
  {get x() { return 7; }},
];
for (let round = 0; round < 3; round++) {
  const seen = [];
  for (let i = 0; i < readers.length; i++) {
    seen.push(readers[i](shaped[i]));
  }
  console.log('round', round, seen.join(' '));
}
console.log('reader 0 on shape 6', readers[0](shaped[6]), 'reader 6 on shape 0', readers[6](shaped[0]));

// A closure made on every call of a hot function, capturing a different value each time.
function makeAdder(k) {
  return (v) => v + k;
}
const sums = [];
for (let i = 0; i < 50; i++) {
  const add = makeAdder(i % 3 === 0 ? i : i % 3 === 1 ? i + 0.5 : 's' + i);
  sums.push(add(i));
}
console.log(sums.slice(0, 9).join(','), sums[49]);

// The forEach shape of DeltaBlue: a hot method makes the same callback each time it runs.
class Constraint {
  constructor(name, weight) {
    this.name = name;
    this.weight = weight;
  }
  execute(log) {
    log.push(this.name + ':' + this.weight);
  }
}
class Special {
  constructor(id) {
    this.id = id;
  }
  execute(log) {
    log.push('special ' + this.id);
  }
}
class Plan {
  constructor() {
    this.items = [];
  }
  add(c) {
    this.items.push(c);
  }
  run() {
    const log = [];
    this.items.forEach((c) => c.execute(log));
    return log;
  }
}
const plan = new Plan();
plan.add(new Constraint('a', 1));
plan.add(new Constraint('b', 2.5));
let last = null;
for (let i = 0; i < 200; i++) {
  last = plan.run();
  if (i === 100) {
    plan.add(new Special(i));
  }
}
console.log(last.join(' | '));

// Stores through closures of one site onto objects of different shapes: each object gets its
// own transition, none is written through another's layout.
const setters = [];
for (let i = 0; i < 5; i++) {
  setters.push((o, v) => {
    o.tag = v;
    return o;
  });
}
const targets = [{}, {p: 1}, {q: 2, r: 3}, [], {tag: 'old'}];
for (let i = 0; i < setters.length; i++) {
  setters[i](targets[i], i * 10);
}
console.log(JSON.stringify(targets), targets[3].tag, Object.keys(targets[3]));

// Calls from closures of one site to a different callee each.
const callers = [];
const callees = [Math.abs, (x) => x * 2, function named(x) { return 'n' + x; }, String];
for (let i = 0; i < callees.length; i++) {
  const f = callees[i];
  callers.push((x) => f(x));
}
for (let round = 0; round < 2; round++) {
  console.log(callers.map((c) => c(-3)).join(' '));
}

// Classes made in a loop: their methods come from one site each, their instances differ.
const classes = [];
for (let i = 0; i < 4; i++) {
  classes.push(class {
    constructor(v) {
      if (i % 2 === 0) {
        this.v = v;
      } else {
        this.w = 0;
        this.v = v * 2;
      }
    }
    get() {
      return this.v + i;
    }
  });
}
console.log(classes.map((C, i) => new C(i).get()).join(' '), classes[0] === classes[1]);

// Counters from one site keep separate state although their code and feedback are shared.
function counter() {
  let n = 0;
  return () => ++n;
}
const c1 = counter();
const c2 = counter();
c1();
c1();
console.log(c1(), c2(), c1(), c2());
