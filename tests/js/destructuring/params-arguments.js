// With a pattern parameter the arguments object is unmapped: it keeps the values passed.
function f({a}, b) {
  b = 'changed';
  return [arguments.length, arguments[1], b];
}
console.log(f({a: 1}, 'orig'));
function g([x]) {
  arguments[0] = ['other'];
  return x;
}
console.log(g(['mine']));
