// TDZ: a closure reading a let before it is declared gets ThrowReferenceErrorIfHole.
// filter: read
function outer() { function read() { return x; } let x = 1; return read(); }
outer();
