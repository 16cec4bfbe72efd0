// static { } blocks run once, in order with static fields, with this = the class.
const log = [];
class Config {
  static a = 1;
  static {
    log.push('block 1 sees a=' + this.a);
    var local = 'vars stay local';
    this.b = this.a + 1;
    log.push(local);
  }
  static c = this.b * 10;
  static {
    log.push('block 2 sees c=' + Config.c);
  }
}
class Sub extends Config {
  static {
    log.push('sub block, super.a=' + super.a);
  }
}
console.log(log, Config.b, Config.c, typeof local);
