// A counted loop with a capture reset per iteration, a lazy star, a back reference, a
// lookbehind, and new RegExp compiling at run time. A literal's pattern is compiled once per
// site: the loop below prints one listing, not three.
for (let i = 0; i < 3; i++) {
  console.log(/(ab){2,3}/.exec('abababab')[0]);
}
console.log(/a.*?b/s.exec('a\nxb b')[0], /(\w)\1/.test('hello'));
console.log(new RegExp('(?<=\\$)\\d+', 'g').exec('$42')[0]);
