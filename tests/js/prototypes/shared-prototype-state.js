// Mutable values on the prototype are shared by all instances; own values are not.
function Bag() { this.own = []; }
Bag.prototype.shared = [];
var b1 = new Bag(), b2 = new Bag();
b1.own.push(1); b1.shared.push("s1");
b2.own.push(2); b2.shared.push("s2");
console.log(b1.own, b2.own, b1.shared, b2.shared, b1.shared === b2.shared);
b1.shared = ["replaced"];
console.log(b1.shared, b2.shared);
