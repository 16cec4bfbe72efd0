// Private members: the name #x is a class-scope context slot holding a private symbol; a field is a keyed load/store with it (as V8), a method a keyed load of the method installed under its name, `#x in o` a TestIn.
// filter: access
class P {
  #x = 1;
  #m() { return 1; }
  access(o) {
    this.#x = this.#x + 1;
    return this.#m() + (#x in o);
  }
}
new P().access({});
