// Inline caches stay correct when a prototype changes after they warmed up: a method replaced,
// a property added to an intermediate prototype that shadows one further up, a prototype swapped.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call ? this.name = name : 0; }
Dog.prototype = Object.create ? Object.create(Animal.prototype) : new Animal("proto");
Dog.prototype.constructor = Dog;
function talk(a) { return a.speak(); }
var d = new Dog("Rex");
for (var i = 0; i < 5; i++) talk(d);
console.log(talk(d));
Animal.prototype.speak = function () { return this.name + " speaks"; };
console.log(talk(d));
Dog.prototype.speak = function () { return this.name + " barks"; };
console.log(talk(d));
delete Dog.prototype.speak;
console.log(talk(d));
function kind(o) { return o.kind; }
var base = { kind: "base" };
var mid = Object.create(base);
var leaf = Object.create(mid);
for (var j = 0; j < 5; j++) kind(leaf);
console.log(kind(leaf));
mid.kind = "mid";
console.log(kind(leaf));
leaf.kind = "leaf";
console.log(kind(leaf));
Object.setPrototypeOf(mid, { kind: "other" });
delete mid.kind;
delete leaf.kind;
console.log(kind(leaf));
