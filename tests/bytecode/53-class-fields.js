// Instance fields: the implicit constructor calls <instance_members_initializer>, whose body is DefineNamedOwnProperty per field.
// filter: <instance_members_initializer>
class P {
  x = 1;
  y = this.x + 1;
}
new P();
