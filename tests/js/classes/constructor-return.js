// A base constructor may return an object to replace `this`; primitives are ignored.
class Obj { constructor() { this.a = 1; return { b: 2 }; } }
class Prim { constructor() { this.a = 1; return 42; } }
console.log(new Obj(), new Prim());
class D extends Prim { constructor() { super(); this.c = 3; } }
console.log(new D());
