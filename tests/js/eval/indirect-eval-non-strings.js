// eval of anything but a string returns it unchanged, without converting it.
const geval = eval;
const o = { toString() { throw new Error("never converted"); } };
console.log(geval(o) === o, geval(42), geval(null), geval(undefined), geval(true), geval());
console.log(geval([1, 2]), typeof geval(Symbol.iterator));
console.log(geval(new String("1 + 1")) instanceof String, geval(String("1 + 1")));
