// filter: codes
// `s.length`, `s.charCodeAt(i)` and `out.push(c)` in a loop: the string map's checks are
// CheckString (a string has no shape), its length is StringLength, and the two builtin calls,
// after the CheckValue of their target, are StringCharCodeAt and ArrayPush, no calls at all.
function codes(s, out) { for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i)); return out.length; }
%PrepareFunctionForOptimization(codes);
console.log(codes('abc', []), codes('hello', [0]));
%OptimizeFunctionOnNextCall(codes);
console.log(codes('kindling', []));
