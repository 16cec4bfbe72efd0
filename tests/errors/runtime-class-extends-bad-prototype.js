// extends a function whose prototype is not an object: TypeError.
function F() {}
F.prototype = 3;
class B extends F {}
