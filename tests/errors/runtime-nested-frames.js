// Uncaught error through named functions, a method, a constructor and an anonymous function (stack frames).
function Widget(n) { this.n = n; this.check(); }
Widget.prototype.check = function () { helper(this.n); };
var registry = { validate: function (v) { if (v > 2) throw new RangeError("value too large: " + v); } };
function helper(v) { registry.validate(v); }
function build(list) {
  var out = [];
  for (var i = 0; i < list.length; i++) out.push(new Widget(list[i]));
  return out;
}
console.log(build([1, 2]).length);
(function () { build([1, 2, 3]); })();
