// The catch parameter is scoped to the catch block and shadows outer variables.
var e = "outer";
try { throw "thrown"; } catch (e) { e = "modified in catch"; console.log(e); }
console.log(e);
try { throw 1; } catch (err) { var hoisted = "var in catch"; let blockOnly = 2; }
console.log(hoisted, typeof blockOnly, typeof err);
var fns = [];
for (var i = 0; i < 2; i++) {
  try { throw i; } catch (v) { fns.push(function () { return v; }); }
}
console.log(fns[0](), fns[1]());
