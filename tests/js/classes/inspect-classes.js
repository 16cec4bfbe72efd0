// console.log of classes: [class Foo], [class Bar extends Foo], statics shown.
class Foo {}
class Bar extends Foo { static count = 2; }
const Anon = class {};
console.log(Foo, Bar, Anon, class {});
console.log([Foo, Bar], { Foo });
class Legacy extends Object {}
console.log(Legacy, String(class A {}));
