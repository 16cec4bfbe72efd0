// Inherited methods see the receiver as this, not the prototype.
function Base() {}
Base.prototype.whoami = function () { return this.id; };
Base.prototype.id = "proto";
function Derived(id) { this.id = id; }
Derived.prototype = new Base();
var d1 = new Derived("d1"), d2 = new Derived("d2");
console.log(d1.whoami(), d2.whoami(), Base.prototype.whoami(), new Base().whoami());
Derived.prototype.whoami = function () { return "derived:" + this.id; };
var viaProto = Base.prototype.whoami;
d1.baseWho = viaProto;
console.log(d1.whoami(), d2.whoami(), d1.baseWho(), new Base().whoami());
