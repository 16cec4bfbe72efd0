// toString, toDateString, toTimeString, toUTCString (and toGMTString, the same function), toISOString and toJSON as node prints them, over a range of years
// tz: America/Los_Angeles
for (const t of [0, -1, 1e12, Date.UTC(2026, 11, 7, 15, 0, 0, 5), Date.UTC(2026, 6, 4, 9, 8, 7)]) {
  const d = new Date(t);
  console.log(d.toString());
  console.log("  " + d.toDateString() + " | " + d.toTimeString());
  console.log("  " + d.toUTCString() + " | " + d.toISOString() + " | " + JSON.stringify(d.toJSON()));
}
// Far years: four-digit years after a sign, ISO's six-digit expanded years (the zone names of
// years before 1883 are left out: ICU names some of them daylight time).
for (const t of [Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1), Date.UTC(-271821, 3, 20),
  8.64e15, -8.64e15, Date.UTC(1, 5, 15), Date.UTC(999, 0, 1, 12), Date.UTC(-249, 9, 15)]) {
  const d = new Date(t);
  console.log(d.toUTCString() + " | " + d.toISOString() + " | " + d.toDateString());
}
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.toUTCString.name);
console.log(String(new Date(0)), `${new Date(0)}`, new Date(0) + "", new Date(0) + 1);
console.log(new Date(1000) - 1, +new Date(7), new Date(0) < new Date(1), new Date(5) == 5, [new Date(0)].join());
console.log(Object.prototype.toString.call(new Date(0)), typeof new Date(0).valueOf());
console.log(JSON.stringify({ when: new Date(0), never: new Date(NaN) }));
console.log(Date.prototype.toJSON.call({ toISOString() { return "custom"; } }), Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "x"; } }));
const p = Date.prototype[Symbol.toPrimitive];
console.log(p.name, p.length, p.call(new Date(0), "number"), p.call(new Date(0), "default"), p.call(new Date(0), "string"));
const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyNames(Date.prototype).join());
