// A method taken off an instance loses its receiver (strict: this is undefined).
class P {
  constructor() { this.v = 5; }
  get() { return this === undefined ? 'no receiver' : this.v; }
}
const p = new P();
const f = p.get;
console.log(p.get(), f(), f.call({ v: 9 }), f.bind(p)());
