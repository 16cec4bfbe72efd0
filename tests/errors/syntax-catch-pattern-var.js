// A name bound by a catch pattern cannot be redeclared with var in the catch block
// (only a plain identifier catch parameter may be, by Annex B).
try {
  JSON.parse('{');
} catch ({ name, message }) {
  var message = 'replaced';
}
