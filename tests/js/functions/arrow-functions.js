// Arrow functions: expression and block bodies, object literal bodies, lexical this.
var sq = x => x * x;
var add = (a, b) => a + b;
var noArgs = () => "none";
var block = (n) => { var r = 0; for (var i = 1; i <= n; i++) r += i; return r; };
var mkObj = (v) => ({ value: v });
console.log(sq(9), add(2, 3), noArgs(), block(10), mkObj(1));
var obj = {
  name: "obj",
  regular: function () { return [1, 2].length && (() => this.name)(); },
  nested: function () {
    var self = this;
    var inner = function () { return this === self; };
    var arrow = () => this === self;
    return [inner(), arrow()];
  }
};
console.log(obj.regular(), obj.nested());
var curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
function Timer() { this.ticks = 0; var tick = () => { this.ticks++; }; tick(); tick(); }
console.log(new Timer().ticks);
