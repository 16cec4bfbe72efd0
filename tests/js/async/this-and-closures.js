// this, closures and arguments across awaits: async arrows see the enclosing this and
// arguments; a counter captured by several calls; a method's this after an await.
const obj = {
  name: 'obj',
  async method() {
    await null;
    const arrow = async () => { await null; return this.name; };
    return [this.name, await arrow()];
  },
};
obj.method().then(console.log);
function outer() {
  return (async () => { await null; return Array.from(arguments); })();
}
outer('x', 'y').then(console.log);
let counter = 0;
async function bump() { const before = counter; await null; counter = before + 1; return counter; }
Promise.all([bump(), bump(), bump()]).then((r) => console.log(r, counter));
class Account {
  constructor() { this.balance = 10; }
  async withdraw(n) { await null; this.balance -= n; return this.balance; }
  static async create() { const a = new Account(); await a.withdraw(3); return a; }
}
Account.create().then((a) => console.log(a.balance));
