// Getters and setters on the prototype, with a backing field.
class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; }
  get celsius() { return this._c; }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
console.log(t.celsius, t);
t.celsius = 5;
console.log(t.celsius);
