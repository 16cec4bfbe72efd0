// Class declarations are block scoped.
class Outer { who() { return 'outer'; } }
{
  class Outer { who() { return 'inner'; } }
  console.log(new Outer().who());
}
console.log(new Outer().who());
if (true) {
  class Local {}
  console.log(typeof Local);
}
console.log(typeof Local);
