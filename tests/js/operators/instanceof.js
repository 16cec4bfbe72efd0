// instanceof walks the prototype chain; works with builtin constructors and errors.
function Animal() {}
function Dog() {}
Dog.prototype = new Animal();
var d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(function () {} instanceof Object, (() => 1) instanceof Object);
console.log(new TypeError("x") instanceof Error, new Error("x") instanceof TypeError);
console.log(1 instanceof Number, "s" instanceof String, null instanceof Object);
var a = new Animal();
console.log(a instanceof Dog);
Dog.prototype = {};
console.log(d instanceof Dog, d instanceof Animal);
