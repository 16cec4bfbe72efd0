// F.prototype.constructor points back to F; replacing prototype loses it unless restored.
function A() {}
console.log(A.prototype.constructor === A, new A().constructor === A);
function B() {}
B.prototype = { method: function () { return "m"; } };
console.log(new B().constructor === B, new B().constructor === Object);
B.prototype.constructor = B;
console.log(new B().constructor === B);
console.log({}.constructor === Object, [].constructor === Array);
