// Generator functions as values: their source text, length and own properties, JSON of a generator object, labels, yield* over arguments, ASI after a bare yield, hoisting and self-reference.
class A { *m(){ yield 1 } static *s(){} }
const o = { *g() {}, async: 1 };
function* decl(a, b) { yield a; }
console.log(String(A.prototype.m), String(o.g), String(decl), String(function* () {}));
console.log(decl.length, A.prototype.m.length, Object.getOwnPropertyNames(A.prototype.m));
function* withRe() { yield (/ab+c/g).source; }
console.log([...withRe()]);
function* gen() { var x = yield* [1,2]; return x; }
const it = gen(); console.log(it.next(), it.next(), it.next(), it.next());
function* f() { yield this; } console.log(typeof f.call({a:1}).next().value);
const g2 = (function*(){ try { yield 1 } finally { console.log('fin') } })();
for (const v of g2) { console.log(v); }
console.log(Object.keys(function*(){}()), JSON.stringify(decl(1)), typeof decl(1).next);
function* lbl() { a: { yield 1; break a; } yield 2; }
console.log([...lbl()]);
const gs = decl(1); console.log(gs.return(), gs.return(5), gs.next());
console.log(Object.getPrototypeOf(function*(){}) === Object.getPrototypeOf(A.s));
function* y2() { yield
  1; }
console.log([...y2()]);
function* args2() { yield* arguments; }
console.log([...args2(4,5,6)]);
{
  console.log([...hoisted()]);
  function* hoisted() {
    yield "block-hoisted";
  }
}
console.log(typeof hoisted); // no Annex B var binding for a generator in a block
const named = function* self(n) {
  if (n > 0) yield* self(n - 1);
  yield n;
};
console.log([...named(3)], named.name);
function* patterns({ a, b = 2 }, [c, ...d]) {
  yield a + b;
  yield c;
  yield d;
}
console.log([...patterns({ a: 1 }, [3, 4, 5])]);
