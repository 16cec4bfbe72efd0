// A plain identifier catch parameter may share its name with a var in the block (Annex B),
// unlike a name bound by a catch pattern; the var is the function's, the assignment the catch's.
function f() {
  try {
    throw new Error('boom');
  } catch (e) {
    var e = 'inner';
    console.log(e);
  }
  return e;
}
console.log(f());
