// void evaluates its operand and returns undefined.
var n = 0;
console.log(void 0, void "x", void (n = 5), n);
console.log(typeof void 0, void 0 === undefined);
function side() { n++; return n; }
var r = void side();
console.log(r, n);
