// %DebugPrint of a function: its bytecode and its feedback vector; one not yet called.
function getX(o) { return o.x; }
function never() {}
getX({x: 1});
getX({y: 0, x: 2});
%DebugPrint(getX);
%DebugPrint(never);
