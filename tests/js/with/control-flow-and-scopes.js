// break, continue, return and exceptions leave the with context; let, const, catch
// parameters and functions inside the body are ordinary locals; eval and generators work
// inside; `this` is never the with object.
function firstOver(limit, rows) {
  for (var i = 0; i < rows.length; i++) {
    with (rows[i]) {
      if (value <= limit) continue;
      return name;
    }
  }
  return 'none';
}
console.log(firstOver(2, [{ name: 'a', value: 1 }, { name: 'b', value: 3 }]), firstOver(9, [{ name: 'a', value: 1 }]));

var caught;
try {
  with ({ message: 'from the object' }) {
    throw new Error(message);
  }
} catch (e) {
  caught = e.message;
}
console.log(caught);

function scopes(o) {
  var seen = [];
  with (o) {
    let local = 'let ' + shared;
    const fixed = 'const';
    try {
      throw 'thrown';
    } catch (shared) {
      seen.push(shared);
    }
    seen.push(local, fixed, shared, this === o, typeof this);
  }
  return seen.join(', ');
}
console.log(scopes({ shared: 'on o', local: 'shadowed', fixed: 'shadowed too' }));

function* walk(o) {
  with (o) {
    yield first;
    yield second;
  }
}
console.log([...walk({ first: 1, second: 2 })]);

var fromEval;
with ({ inEval: 'seen by eval' }) {
  fromEval = eval('inEval + "!"');
}
console.log(fromEval, eval('with ({ completion: 5 }) { completion * 2 }'));

var arrows = [];
for (var k = 0; k < 3; k++) {
  with ({ k: k * 10 }) {
    arrows.push(() => k);
  }
}
console.log(arrows.map((f) => f()));
