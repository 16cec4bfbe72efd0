// InstanceofOperator: Symbol.hasInstance first (Function.prototype has the ordinary one, not
// writable); OrdinaryHasInstance asks a bound function's target.
function F() {}
const B = F.bind(null);
const BB = B.bind(null);
console.log(new F() instanceof B, new F() instanceof BB, new B() instanceof F, {} instanceof B);
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(typeof d.value, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
console.log(Function.prototype[Symbol.hasInstance].call(F, new F()), Function.prototype[Symbol.hasInstance].call({}, {}), F[Symbol.hasInstance](1));
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const callsOwn = { [Symbol.hasInstance](v) { return v === 1; } };
console.log(1 instanceof callsOwn);
try { ({}) instanceof ({}); } catch (e) { console.log(e.name + ": " + e.message); }
function G() {} G.prototype = 3;
try { ({}) instanceof G; } catch (e) { console.log(e.name + ": " + e.message); }
console.log(1 instanceof G, Object.getOwnPropertyNames(B).join());
let n = 0; for (let i = 0; i < 30000; i++) if (new F() instanceof B) n++; console.log(n);
