// Static getters and setters.
class Registry {
  static get count() { return Registry._items.length; }
  static set latest(v) { Registry._items.push(v); }
}
Registry._items = [];
Registry.latest = 'a';
Registry.latest = 'b';
console.log(Registry.count, Registry._items);
