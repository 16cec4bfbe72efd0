// The generator intrinsics: %GeneratorPrototype% (next, return, throw, toStringTag, Symbol.iterator returning itself), %GeneratorFunction.prototype%, each function's own prototype, and node's inspect output.
function* g() {
  yield 1;
}
const it = g();
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
console.log(it[Symbol.iterator]() === it, Object.getPrototypeOf(it) === g.prototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorPrototype);
console.log(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(GeneratorPrototype)) === Object.prototype);
console.log(Object.getOwnPropertyNames(GeneratorPrototype), GeneratorPrototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(GeneratorFunctionPrototype), GeneratorFunctionPrototype[Symbol.toStringTag]);
console.log(GeneratorPrototype.constructor === GeneratorFunctionPrototype);
console.log(GeneratorFunctionPrototype.constructor.name, GeneratorFunctionPrototype.constructor.length);
console.log(Object.getOwnPropertyDescriptor(g, "prototype"));
console.log(Object.getOwnPropertyNames(g.prototype), Object.getOwnPropertyNames(g), g.length, g.name);
console.log(Object.prototype.toString.call(it), String(it), `${Object.prototype.toString.call(g)}`);
console.log(g, it, [g, it], { g, it });
console.log(typeof g, typeof it, it instanceof g, g instanceof Function);
console.log(GeneratorPrototype.next.length, GeneratorPrototype.return.name, GeneratorPrototype.throw.name);
g.prototype.extra = function () {
  return "inherited by every generator object";
};
console.log(g().extra());
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === GeneratorPrototype);
const anon = function* () {};
console.log(anon, (function* () {}), { *m() {} }.m);
console.log(GeneratorFunctionPrototype, GeneratorPrototype);
