// A function made in a class field initializer or in a computed key of a class or an object literal compiles lazily in the class's scope.
const made = [];
function keep(label, fn) { made.push([label, fn]); return fn; }

class C {
  field = keep("instance field", () => this.constructor.name);
  static sfield = keep("static field", function () { return "static"; });
  [keep("class computed key", () => "named")()]() { return "method"; }
  static [keep("static computed key", () => "sname")()] = keep("static computed field", () => C.name);
}
new C();
const literal = { [keep("object computed key", function () { return "key"; })()]: 1 };
console.log(Object.keys(literal), new C().named(), Object.keys(C));

for (const [label, fn] of made) {
  const r = fn();
  console.log(label, typeof r === "function" ? r() : r);
}
