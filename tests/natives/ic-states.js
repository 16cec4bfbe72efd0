// %GetFeedback: a load IC is monomorphic after one shape, polymorphic from the second to the
// fourth, megamorphic past four; the call and binary-op slots of the same function.
function getX(o) { return o.x; }
function state() { return %GetFeedback(getX)[0].state; }
console.log('before any call', %GetFeedback(getX)[0].kind, %GetFeedback(getX)[0].name, state());
getX({x: 1});
getX({x: 2});
console.log('one shape', state(), %GetFeedback(getX)[0].shapes.length);
getX({x: 1, a: 1});
console.log('two shapes', state(), %GetFeedback(getX)[0].shapes.length);
getX({x: 1, b: 1});
getX({x: 1, c: 1});
console.log('four shapes', state(), %GetFeedback(getX)[0].shapes.length);
getX({x: 1, d: 1});
console.log('five shapes', state(), %GetFeedback(getX)[0].shapes.length);
console.log('still right', getX({x: 42, e: 0}), getX({x: 7}));

function add(a, b) { return a + b; }
function caller(f) { return f(1, 2); }
add(1, 2);
console.log('add', %GetFeedback(add)[0].kind, %GetFeedback(add)[0].hint);
add(1.5, 2);
console.log('add', %GetFeedback(add)[0].hint);
add('a', 'b');
console.log('add', %GetFeedback(add)[0].hint);
caller(add);
caller(add);
const call = %GetFeedback(caller)[0];
console.log('call', call.kind, call.state, call.target, call.calls);
caller(function sub(a, b) { return a - b; });
console.log('call', %GetFeedback(caller)[0].state, %GetFeedback(caller)[0].target);

function store(o) { o.y = 1; }
store({});
store({});
console.log('store transition', %GetFeedback(store)[0].kind, %GetFeedback(store)[0].state);
