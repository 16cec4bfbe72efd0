// flags: --no-turbo-inlining
// Smi → Tagged: `total` was optimized while every Account's balance was a Smi, so it reads
// a.balance as an int32 with no check and adds it as one, depending on the field staying Smi.
// The callee `audit` stores an object (with a valueOf) into the balance of another Account:
// the representation goes straight to Tagged, the dependent code is marked, and total's frame,
// still on the stack, deopts lazily after the call; the interpreter reads the object and `+`
// calls its valueOf. Later calls run in the interpreter until total is optimized again, now
// reading the field tagged.
function Account(balance) { this.balance = balance; }
const audited = new Account(0);
function audit(really) {
  if (really) audited.balance = { valueOf() { return 100; } };
  return 1;
}
function total(a, really) {
  const before = a.balance + 1;
  const fee = audit(really);
  return before - fee + a.balance;
}
%PrepareFunctionForOptimization(total);
console.log(total(new Account(5), false), total(new Account(6), false));
%OptimizeFunctionOnNextCall(total);
console.log(total(new Account(7), false));
console.log(total(audited, true));
console.log(total(new Account(8), false), total(audited, false));
