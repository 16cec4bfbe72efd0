// Functions are objects: custom properties, prototype object and typeof.
function f() { return f.calls = (f.calls || 0) + 1; }
f(); f(); f();
console.log(f.calls);
console.log(typeof f.prototype, f.prototype.constructor === f);
var arrow = () => 1;
console.log(typeof arrow.prototype);
f.tag = "tagged";
console.log(f.tag, "tag" in f, f.hasOwnProperty("tag"));
