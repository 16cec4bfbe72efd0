// Property lookup walks the prototype chain; assignment creates an own property (shadowing).
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.prototype.legs = 4;
var a = new Animal("generic");
console.log(a.speak(), a.legs, a.hasOwnProperty("legs"));
a.legs = 3;
console.log(a.legs, new Animal("x").legs, a.hasOwnProperty("legs"));
delete a.legs;
console.log(a.legs);
Animal.prototype.legs = 6;
console.log(a.legs);
Animal.prototype.late = function () { return "added later"; };
console.log(a.late());
