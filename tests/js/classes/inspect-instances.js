// console.log of class instances shows the class name.
class Foo { constructor() { this.x = 1; this.nested = { y: [1, 2] }; } }
class Bar extends Foo { z = 'zed'; }
class Empty {}
console.log(new Foo());
console.log(new Bar());
console.log(new Empty(), [new Empty(), new Foo()]);
console.log({ inner: new Bar() });
