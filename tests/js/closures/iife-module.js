// IIFE module pattern: private state captured by a returned object of functions.
var bank = (function () {
  var balance = 0;
  var history = [];
  function record(kind, amt) { history.push(kind + ":" + amt); }
  return {
    deposit: function (amt) { balance += amt; record("d", amt); return balance; },
    withdraw: function (amt) {
      if (amt > balance) return "insufficient";
      balance -= amt; record("w", amt); return balance;
    },
    history: function () { return history.join(" "); }
  };
})();
console.log(bank.deposit(100), bank.withdraw(30), bank.withdraw(500), bank.deposit(5));
console.log(bank.history(), typeof balance);
var result = (function (a, b) { return a * b; })(6, 7);
console.log(result);
console.log((() => "arrow iife")());
