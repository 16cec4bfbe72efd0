// Methods (shorthand and function-valued properties) use this to read and update the receiver.
var account = {
  owner: "ann",
  balance: 10,
  deposit(n) { this.balance += n; return this; },
  withdraw: function (n) { this.balance -= n; return this; },
  describe() { return this.owner + ":" + this.balance; }
};
console.log(account.deposit(5).withdraw(3).deposit(100).describe());
var other = { owner: "bob", balance: 0, describe: account.describe };
console.log(other.describe());
var fnRef = account.describe;
var holder = { f: fnRef, owner: "holder", balance: -1 };
console.log(holder.f());
console.log(account["describe"]());
