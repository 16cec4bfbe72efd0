// Methods and field arrows capture outer variables and the class binding.
let log = [];
class Logger {
  prefix = '[' + Logger.name + ']';
  write = (msg) => { log.push(this.prefix + ' ' + msg); return this; };
  static make() { return new Logger(); }
}
const lg = Logger.make();
const w = lg.write;
w('one').write('two');
console.log(log);
