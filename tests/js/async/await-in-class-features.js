// await inside async arrows in field initializers and static blocks' async calls, async
// methods using super, and getters that return promises (a getter itself is never async).
class Base {
  async greet() { await null; return 'base'; }
}
class Derived extends Base {
  load = async () => { await null; return 'field arrow ' + this.constructor.name; };
  async greet() { return 'derived+' + (await super.greet()); }
  get later() { return Promise.resolve('getter value'); }
  static ready;
  static { this.ready = (async () => { await null; return 'static block'; })(); }
}
async function main() {
  const d = new Derived();
  console.log(await d.greet());
  console.log(await d.load());
  console.log(await d.later);
  console.log(await Derived.ready);
}
main();
