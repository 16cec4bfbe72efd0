// Defaults are ordinary expressions: they can call functions, use this and earlier names.
const obj = {
  base: 100,
  read({x = this.base + 1, y = x + 1} = {}) { return [x, y]; },
};
console.log(obj.read(), obj.read({x: 1}));
let n = 0;
const [p = ++n, q = ++n] = [];
console.log(p, q, n);
