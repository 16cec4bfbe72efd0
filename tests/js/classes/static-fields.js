// Static fields are defined once on the class; `this` in their initializer is the class.
class Config {
  static version = 3;
  static name2 = 'cfg';
  static full = this.name2 + ' v' + this.version;
  static empty;
}
console.log(Config.version, Config.full, Config.empty, Object.keys(Config));
