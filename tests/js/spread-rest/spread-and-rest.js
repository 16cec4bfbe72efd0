// Spread in calls, new, array and object literals; rest parameters; strings spread by code point.
function sum(...xs) { let s = 0; for (const x of xs) s += x; return s; }
console.log(sum(), sum(1), sum(1, 2, 3), sum(...[4, 5], 6, ...[7]));
function first(a, b, ...more) { return [a, b, more, more.length]; }
console.log(first(1), first(1, 2, 3, 4), first.length, sum.length);
const parts = ["b", "c"];
console.log(["a", ...parts, "d"], [...parts, ...parts].length, [..."h\u{1F600}i"].length);
const o = { m(...args) { return this.k + args.join("+"); }, k: "k:" };
console.log(o.m(...parts), o["m"](1, ...[2, 3]));
function P(x, y) { this.x = x; this.y = y; }
const p = new P(...[1, 2]);
console.log(p.x, p.y, p instanceof P);
const base = { a: 1, b: 2 };
const copy = { ...base, b: 3, ...{ c: 4 }, ..."xy", ...null, ...undefined };
console.log(copy);
const withProto = { __proto__: { inherited: true }, own: 1 };
console.log(withProto.inherited, Object.keys(withProto), Object.getPrototypeOf(withProto).inherited);
const arrow = (...r) => r.length;
console.log(arrow(), arrow(1, 2), Math.max(...[3, 9, 4]), [, ...[1]].length);
