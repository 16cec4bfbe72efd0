// A class with private members: its initializer installs the method under its private name (CallRuntime [DefinePrivateMember], the getter-or-method and setter halves) before it defines the field (DefineKeyedOwnPropertyInLiteral with the private name as key).
// filter: <instance_members_initializer>
class P {
  #x = 1;
  #m() { return this.#x; }
}
new P();
