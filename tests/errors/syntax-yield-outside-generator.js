// yield outside a generator is a name in sloppy code, so `yield 1` is two expressions in a row.
function f() {
  yield 1;
}
