// invalid dates: NaN time value, "Invalid Date" from every string form, RangeError from toISOString, null from toJSON, NaN from every getter
// tz: America/New_York
const bad = [new Date(NaN), new Date("nope"), new Date(8.64e15 + 1), new Date(Infinity), new Date(2026, NaN), new Date({})];
for (const d of bad) {
  console.log(d.getTime(), String(d), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toLocaleString(), d.toJSON());
}
const d = new Date(NaN);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getUTCMinutes(), d.getTimezoneOffset(), d.getYear(), d.valueOf());
try {
  d.toISOString();
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log(JSON.stringify([d]), d + "", isNaN(d), d == d, Number.isNaN(+d));
for (const m of ["getTime", "toString", "toISOString", "setHours", "getUTCDay"]) {
  try {
    Date.prototype[m].call({});
  } catch (e) {
    console.log(m, e.name + ": " + e.message);
  }
}
try {
  Date.prototype[Symbol.toPrimitive].call(new Date(0), "bogus");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
