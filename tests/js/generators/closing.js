// Closing: return() through a yield* and a for-of inside a generator runs every finally (a finally that yields suspends the return), throw() through yield* reaches a catching inner generator, consumers that stop early (Array.from's map throwing, Map over non-entries, destructuring) close the generator, and a finally that throws replaces the return.
function* inner() { try { yield 1; yield 2; } finally { console.log("inner fin start"); yield "from inner finally"; console.log("inner fin end"); } }
function* outer() { try { yield* inner(); } finally { console.log("outer fin"); } }
const a = outer(); console.log(a.next()); console.log(a.return("R")); console.log(a.next()); console.log(a.next());
function* loopy() { try { for (const x of inner()) { yield x * 10; } } finally { console.log("loopy fin"); } }
const b = loopy(); console.log(b.next()); console.log(b.return(1)); console.log(b.next(), b.next());
function* catcher() { while (true) { try { yield "ok"; } catch (e) { console.log("c", e); if (e === 3) return "done" } } }
function* viaStar() { const r = yield* catcher(); console.log("r", r); yield "after"; }
const c = viaStar(); c.next(); console.log(c.throw(1), c.throw(3), c.next(), c.next());
function* fin() { try { yield 1; yield 2; yield 3 } finally { console.log("closed") } }
try { Array.from(fin(), (v) => { if (v === 2) throw new Error("map fail"); return v; }); } catch (e) { console.log(e.message) }
try { new Map(fin()); } catch (e) { console.log(e.constructor.name, e.message) }
try { [...(function*(){ yield 1; throw new Error("mid") })()] } catch (e) { console.log(e.message) }
const [first] = fin(); console.log(first);
const { length } = [...fin()]; console.log(length);
function* thrower() { try { yield 1 } finally { throw new Error("from finally") } }
const t = thrower(); t.next(); try { t.return(5) } catch (e) { console.log(e.message) } console.log(t.next());
function* retInTry() { try { return "r" } finally { console.log("fin on return stmt"); } }
console.log(retInTry().next());
function* nestedThrow() { try { try { yield 1 } finally { console.log("f1") } } catch (e) { console.log("caught", e); yield "after catch" } }
const n = nestedThrow(); n.next(); console.log(n.throw("E"), n.next());
