// Class expressions: anonymous, named (name visible inside only), and immediately used.
const Anon = class {
  hello() { return 'hi from ' + Anon.name; }
};
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(new Anon().hello(), new Named().who(), Named.name, typeof Inner);
console.log(new (class { constructor() { this.v = 42; } })().v);
const made = [1, 2].map(function (n) { return class { get n() { return n; } }; });
console.log(new made[0]().n, new made[1]().n, made[0] === made[1]);
