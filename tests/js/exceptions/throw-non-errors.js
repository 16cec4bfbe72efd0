// Throwing and catching primitive and object values preserves identity.
var obj = { kind: "obj" };
try { throw obj; } catch (e) { console.log(e === obj, e.kind); }
var vals = [0, "", false, NaN, null, undefined, [], function () { return "fn"; }];
for (var i = 0; i < vals.length; i++) {
  try { throw vals[i]; } catch (e) { console.log(typeof e, e === vals[i] || (e !== e)); }
}
try { throw function () { return "called after catch"; }; } catch (f) { console.log(f()); }
