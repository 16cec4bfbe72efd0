// An escape in a name must stand for a character the name could hold written out (an escaped
// TAB or `#` is an error), and a class's name is strict code even in sloppy code.
var caf\u00e9 = 'café by escape';
console.log(café);
for (const source of ['var a\\u0009b = 1', 'var \\u0023x', 'class static {}', 'class yield {}', 'var static = "sloppy name"; static']) {
  try {
    console.log('accepted', source, '->', (0, eval)(source));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
