// next(v) sends v as the value of the yield; return(v) and throw(e) end a suspended generator; a closed one answers done.
function* counter(start) {
  const first = yield start;
  console.log("received", first);
  const second = yield first * 2;
  console.log("received", second);
  return first + second;
}
const a = counter(5);
console.log(a.next("ignored"));
console.log(a.next(10));
console.log(a.next(1));
console.log(a.next());
console.log(a.return(3));
try { a.throw(new Error("after close")); } catch (e) { console.log("throw on closed:", e.message); }

const b = counter(1);
console.log(b.next());
console.log(b.return("early"));
console.log(b.next());

const c = counter(1);
c.next();
try { c.throw(new TypeError("bad")); } catch (e) { console.log(e.name, e.message); }
console.log(c.next());

function* caught() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      console.log("caught inside:", e);
    }
  }
}
const d = caught();
console.log(d.next());
console.log(d.throw("one"));
console.log(d.throw("two"));
console.log(d.return("bye"));
