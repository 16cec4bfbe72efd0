// calling a private method on an object that is no instance: V8's brand check
class Account {
  #audit() { return "ok"; }
  check(other) { return other.#audit(); }
}
const a = new Account();
console.log(a.check(a));
a.check(Object.create(Account.prototype));
