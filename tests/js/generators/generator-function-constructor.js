// The GeneratorFunction constructor (%GeneratorFunction%, reached through a generator's prototype):
// code from strings as Function's, made a generator, in the global scope.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const g = new GeneratorFunction("a", "yield a; yield a * 2;");
console.log([...g(3)], g.name, String(g));
const h = GeneratorFunction("yield* [1, 2]");
console.log([...h()], Object.getPrototypeOf(h) === GeneratorFunction.prototype, h() instanceof h);
try { GeneratorFunction("var yield;"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Function("yield 1"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(typeof GeneratorFunction("return this")().next().value);
