// Closures made at one CreateClosure site share one feedback vector (V8's FeedbackCell): an IC
// one of them warmed is warm for the next, while closures of another site start cold.
function makeGetX() { return (o) => o.x; }
function makeOtherGetX() { return (o) => o.x; }
const a = makeGetX();
const b = makeGetX();
const c = makeOtherGetX();
a({x: 1});
console.log('b, never called, after a ran:', %GetFeedback(b)[0].state);
b({x: 1, y: 2});
console.log('a after b saw a second shape:', %GetFeedback(a)[0].state);
console.log('a closure of another site:', %GetFeedback(c)[0].state);
console.log('each still reads its own argument:', a({x: 3, y: 0}), b({x: 4}), c({x: 5}));

const adders = [];
for (let i = 0; i < 3; i++) {
  adders.push(function (n) { return n + i; });
}
adders[0](1);
console.log('adder 2 after adder 0 added small integers:', %GetFeedback(adders[2])[0].hint);
adders[1](1.5);
console.log('adder 0 after adder 1 added a double:', %GetFeedback(adders[0])[0].hint);
console.log('results:', adders[0](1), adders[1](1.5), adders[2](2));
