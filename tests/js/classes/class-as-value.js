// Classes are values: stored in arrays and objects, passed and returned, compared.
function makeInstances(classes) {
  return classes.map(function (C) { return new C(); });
}
class A { name() { return 'a'; } }
class B { name() { return 'b'; } }
const registry = { a: A, b: B };
const all = makeInstances([registry.a, registry.b, A]);
console.log(all.map(function (x) { return x.name(); }), all[0].constructor === all[2].constructor);
console.log([A, B].indexOf(B), registry);
