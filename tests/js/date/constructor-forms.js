// new Date in each form (none, a time value, a string, a Date, fields), Date() as a function, Date.now and Date.UTC
// tz: America/New_York
const t = Date.UTC(2026, 11, 7, 15, 0, 0, 250);
console.log(t, new Date(t).getTime(), new Date(t).toISOString());
console.log(new Date(2026, 11, 7).toString());
console.log(new Date(2026, 11, 7, 10, 30, 15, 5).toISOString());
console.log(new Date(2026, 0).toString(), new Date(2026, 13, 40).toString());
console.log(new Date(99, 11).toString(), new Date(0, 0).getFullYear(), new Date(100, 0).getFullYear());
console.log(new Date(-1, 0).getFullYear(), new Date(2026.9, 0.9, 1.9).toString());
console.log(new Date("2026-12-07T10:00:00Z").getTime(), new Date(new Date(5)).getTime());
console.log(new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime());
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), Object.is(new Date(-0).getTime(), 0));
console.log(new Date({ valueOf() { return 86400000; } }).toISOString());
console.log(new Date({ [Symbol.toPrimitive]() { return "1970-01-02"; } }).toISOString());
console.log(Date.UTC(2026), Date.UTC(2026, 1), Date.UTC(99, 0, 1), Date.UTC(), Date.UTC(2026, NaN));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
const before = Date.now();
const now = new Date().getTime();
console.log(typeof before, Number.isInteger(before), before > 1.7e12, now - before >= 0, now - before < 5000);
const s = Date();
console.log(typeof s, Math.abs(Date.parse(s) - before) < 5000, s === String(new Date(Date.parse(s))));
console.log(Date.length, Date.name, Date.UTC.length, Date.parse.length, Date.now.length);
console.log(typeof new Date(), new Date() instanceof Date, Object.getPrototypeOf(new Date()) === Date.prototype);
class Stamp extends Date {
  label() { return "at " + this.toISOString(); }
}
const stamp = new Stamp(0);
console.log(stamp.label(), stamp instanceof Date, stamp.getUTCFullYear());
