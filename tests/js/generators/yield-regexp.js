// A / after yield starts a regular expression inside a generator (functions, methods, static and object-literal generators) and divides where yield is a name.
function* withRe() { yield /ab+c/g.source; const x = yield /x/; yield x; }
const it = withRe(); console.log(it.next(), it.next(), it.next(7));
class C { *m() { yield /m/.test("m"); } static *s() { yield /s/i.flags; } }
console.log([...new C().m()], [...C.s()]);
const o = { a: 1, *g() { yield /o/.source; } };
console.log([...o.g()]);
function plain() { var yield = 10, g = 2; return yield / g / 1; }
console.log(plain());
function* outer() { function inner() { return 4 / 2; } yield /after nested/.source; yield inner(); }
console.log([...outer()]);
const t = `${ {a: 1}.a }`; function* z() { yield /z/.source } console.log(t, [...z()]);
