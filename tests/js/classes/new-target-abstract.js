// new.target lets a base class refuse direct instantiation.
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError('abstract!');
    this.ok = true;
  }
}
class Concrete extends Abstract {}
try {
  new Abstract();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(new Concrete().ok);
