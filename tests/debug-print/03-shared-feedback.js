// %DebugPrint of a closure never called whose sibling from the same site ran: it shares that
// sibling's feedback vector (one FeedbackCell per CreateClosure site), so it prints compiled.
function make() { return function getX(o) { return o.x; }; }
const called = make();
const notCalled = make();
called({x: 1});
%DebugPrint(notCalled);
