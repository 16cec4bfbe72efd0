// for-in visits own keys first, then inherited enumerable keys; shadowed keys appear once.
function Base() { this.own1 = 1; }
Base.prototype.inherited1 = "i1";
Base.prototype.shared = "proto";
function Derived() { this.own2 = 2; this.shared = "own"; }
Derived.prototype = new Base();
Derived.prototype.inherited2 = "i2";
var d = new Derived();
var keys = [];
for (var k in d) keys.push(k + (d.hasOwnProperty(k) ? "(own)" : ""));
console.log(keys.join(" "));
var plain = { x: 1 };
var count = 0;
for (var key in plain) count++;
console.log(count);
for (var none in {}) console.log("never");
for (var n in null) console.log("never null");
for (var u in undefined) console.log("never undefined");
console.log("done");
