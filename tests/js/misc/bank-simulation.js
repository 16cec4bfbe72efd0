// A deterministic simulation with objects, errors for invalid operations and a transaction log.
function Account(id, balance) { this.id = id; this.balance = balance; }
Account.prototype.withdraw = function (amt) {
  if (amt <= 0) throw new RangeError("amount must be positive");
  if (amt > this.balance) throw new Error("insufficient funds in " + this.id);
  this.balance -= amt;
};
Account.prototype.deposit = function (amt) { if (amt <= 0) throw new RangeError("amount must be positive"); this.balance += amt; };
function transfer(from, to, amt) {
  try { from.withdraw(amt); to.deposit(amt); return "ok"; }
  catch (e) { return e.name + ": " + e.message; }
}
var a = new Account("A", 100), b = new Account("B", 50);
var ops = [[a, b, 30], [b, a, 100], [a, b, -5], [b, a, 80], [a, b, 0]];
for (var i = 0; i < ops.length; i++) console.log(ops[i][0].id + "->" + ops[i][1].id, ops[i][2], transfer(ops[i][0], ops[i][1], ops[i][2]));
console.log(a, b);
