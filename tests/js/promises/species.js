// then makes its result with the species constructor, through NewPromiseCapability.
let made = 0;
class Counted extends Promise {
  constructor(executor) { made++; super(executor); }
}
const c = Counted.resolve(1);
const d = c.then((v) => v + 1);
d.then((v) => console.log('value', v, 'made', made, d instanceof Counted));
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
const e = Plain.resolve(1).then(() => {});
console.log(e instanceof Plain, e instanceof Promise);
class Bad extends Promise { static get [Symbol.species]() { return 5; } }
try { Bad.resolve(1).then(); } catch (err) { console.log(err.name + ': ' + err.message); }
function NotAPromise(executor) { executor(() => console.log('custom resolve'), () => {}); }
const fake = Promise.resolve(1);
fake.constructor = { [Symbol.species]: NotAPromise };
const r = fake.then(() => 'x');
console.log(r instanceof NotAPromise);
