// A second super() call throws, after running the parent constructor again.
let runs = 0;
class A { constructor() { runs++; } }
class B extends A {
  constructor() {
    super();
    try {
      super();
    } catch (e) {
      console.log(e.name + ': ' + e.message);
    }
  }
}
new B();
console.log(runs);
