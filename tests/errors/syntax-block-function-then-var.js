// A function declared in a block is lexical there: a var of its name in the block clashes.
{
  function f() {}
  var f;
}
