// console.log of a Date as node's util.inspect prints it: the ISO string, Invalid Date, a subclass's name, extra own properties, inside arrays and objects
// tz: America/New_York
const d = new Date(Date.UTC(2026, 11, 7, 15, 0, 0));
console.log(d);
console.log(new Date(NaN));
console.log([d, new Date(0)], { when: d, nested: { deeper: { deepest: d } } });
class Stamp extends Date {}
console.log(new Stamp(0), new Stamp(NaN), [new Stamp(1)]);
const tagged = new Date(0);
tagged.note = "epoch";
console.log(tagged);
console.log("%s | %o", d, d);
console.log(new Map([[d, 1]]), new Set([d]));
