// Array spread of a `new` expression that is not iterable: node names the constructor.
function Box() {}
console.log('before');
const items = [...new Box()];
