// super.method() runs with the caller's this, so it sees the subclass's overrides.
class Base {
  hello() { return 'hello from ' + this.kind(); }
  kind() { return 'base'; }
}
class Sub extends Base {
  kind() { return 'sub'; }
  hello() { return super.hello() + '!'; }
}
console.log(new Sub().hello(), new Base().hello());
